package mx.gob.veracruzmunicipio.dmiga.scr.web.manual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.gob.veracruzmunicipio.dmiga.scr.workflow.FlowGraph;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.FlowGraph.Edge;
import mx.gob.veracruzmunicipio.dmiga.scr.workflow.FlowGraph.Node;

/**
 * Draws a procedure's {@link FlowGraph} as inline SVG, on the server, so the page needs no
 * script: the steps as boxes top to bottom in the manual's order, then the end. A route to the
 * next step is a straight arrow; a route that skips steps or reaches the end runs in a lane on the
 * right, a loop back in a lane on the left (routes to the same step share a lane). Each route is
 * numbered where it leaves its step, and the column on the right says, beside each step, what
 * each numbered route is: the action, where it leads and on which condition.
 */
public final class FlowDiagram {

    private static final int MARGIN = 16;
    private static final int LANE = 14;
    private static final int BOX_WIDTH = 330;
    private static final int ROW_GAP = 46;
    private static final int LINE = 16;
    private static final int LEGEND_LINE = 15;
    private static final int LEGEND_WIDTH = 440;
    private static final int ACTIVITY_CHARS = 46;
    private static final int ROLE_CHARS = 50;
    private static final int LEGEND_CHARS = 64;
    private static final int END_WIDTH = 110;
    private static final int END_HEIGHT = 34;

    private static final String FORWARD = "#3d4a57";
    private static final String BACK = "#b35c00";

    private final FlowGraph graph;
    private final int steps;
    /** Lanes by target step: the left ones for loops back, the right ones for skips and the end. */
    private final Map<String, Integer> leftLanes = new LinkedHashMap<>();
    private final Map<String, Integer> rightLanes = new LinkedHashMap<>();
    private final int boxLeft;
    private final int boxRight;
    private final int legendLeft;
    private final int[] top;
    private final int[] height;
    private final List<List<LegendLine>> legends = new ArrayList<>();
    private final Map<Edge, Integer> numbers = new HashMap<>();
    private final StringBuilder svg = new StringBuilder();

    private FlowDiagram(FlowGraph graph) {
        this.graph = graph;
        this.steps = graph.nodes().size();
        assignLanes();
        boxLeft = MARGIN + 12 + LANE * (leftLanes.size() + 1);
        boxRight = boxLeft + BOX_WIDTH;
        legendLeft = boxRight + LANE * (rightLanes.size() + 1) + 28;
        top = new int[steps + 1];
        height = new int[steps + 1];
        int number = 1;
        for (Edge edge : graph.edges()) {
            numbers.put(edge, number++);
        }
        int y = MARGIN + 36;
        for (Node node : graph.nodes()) {
            List<LegendLine> legend = legend(node);
            legends.add(legend);
            int box = 28 + LINE * (activity(node).size() + role(node).size());
            top[node.position()] = y;
            height[node.position()] = Math.max(box, 8 + LEGEND_LINE * legend.size());
            y += height[node.position()] + ROW_GAP;
        }
        top[steps] = y;
        height[steps] = END_HEIGHT;
    }

    /** The SVG element for the graph, ready to be written into the page as it is. */
    public static String svg(FlowGraph graph) {
        return new FlowDiagram(graph).draw();
    }

    private void assignLanes() {
        // Shorter spans nearer the boxes, so that lanes cross as few others as possible.
        List<Edge> side = new ArrayList<>(graph.edges().stream().filter(e -> !straight(e)).toList());
        side.sort((a, b) -> Integer.compare(span(a), span(b)));
        for (Edge edge : side) {
            Map<String, Integer> lanes = edge.backwards() ? leftLanes : rightLanes;
            lanes.putIfAbsent(edge.to(), lanes.size());
        }
    }

    private int span(Edge edge) {
        return Math.abs(graph.position(edge.to()) - graph.position(edge.from()));
    }

    private boolean straight(Edge edge) {
        return graph.position(edge.to()) == graph.position(edge.from()) + 1;
    }

    private String draw() {
        int width = legendLeft + LEGEND_WIDTH;
        int totalHeight = top[steps] + END_HEIGHT + MARGIN;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"diagrama\" class=\"scr-flow\" role=\"img\"")
                .append(" viewBox=\"0 0 ").append(width).append(' ').append(totalHeight).append('"')
                .append(" width=\"").append(width).append("\" height=\"").append(totalHeight).append('"')
                .append(" aria-label=\"").append(escape("Diagrama de flujo de " + graph.procedure().code() + " "
                        + graph.procedure().title())).append("\">");
        svg.append("<defs>").append(marker("scr-flow-arrow", FORWARD)).append(marker("scr-flow-arrow-back", BACK))
                .append("</defs>");
        drawStart();
        for (Edge edge : graph.edges()) {
            drawEdge(edge);
        }
        for (Node node : graph.nodes()) {
            drawNode(node);
        }
        drawEnd();
        // Badges last, so that no line crosses a number.
        for (Edge edge : graph.edges()) {
            drawBadge(edge);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String marker(String id, String color) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
                + color + "\"/></marker>";
    }

    private void drawStart() {
        int x = centre();
        svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(MARGIN + 6).append("\" r=\"7\" fill=\"")
                .append(FORWARD).append("\"/>");
        line(List.of(new int[] {x, MARGIN + 13}, new int[] {x, top[0]}), false);
    }

    private void drawNode(Node node) {
        int y = top[node.position()];
        int h = height[node.position()];
        svg.append("<g class=\"scr-flow__node\" data-paso=\"").append(escape(node.id())).append("\">");
        svg.append("<rect class=\"scr-flow__step\" x=\"").append(boxLeft).append("\" y=\"").append(y)
                .append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(h)
                .append("\" rx=\"6\" fill=\"").append(node.waitsOutside() ? "#fff8e6" : "#ffffff")
                .append("\" stroke=\"#691c32\" stroke-width=\"1.5\"")
                .append(node.waitsOutside() ? " stroke-dasharray=\"6 3\"" : "").append("/>");
        int line = y + 18;
        String heading = "Paso " + node.id() + " · " + (node.waitsOutside() ? "espera externa, sin reloj"
                : node.targetHours() + " h hábiles");
        text(boxLeft + 10, line, heading, "font-weight=\"bold\" fill=\"#691c32\" font-size=\"13\"");
        for (String part : activity(node)) {
            line += LINE;
            text(boxLeft + 10, line, part, "fill=\"#212529\" font-size=\"13\"");
        }
        for (String part : role(node)) {
            line += LINE;
            text(boxLeft + 10, line, part, "fill=\"#5c636a\" font-size=\"12\" font-style=\"italic\"");
        }
        svg.append("</g>");

        int legendY = y + 14;
        for (LegendLine part : legends.get(node.position())) {
            text(part.condition() ? legendLeft + 22 : legendLeft, legendY, part.text(), part.condition()
                    ? "fill=\"#5c636a\" font-size=\"12\"" : "fill=\"#212529\" font-size=\"12\" font-weight=\"bold\"");
            legendY += LEGEND_LINE;
        }
    }

    private void drawEnd() {
        int x = centre() - END_WIDTH / 2;
        svg.append("<g class=\"scr-flow__end\"><rect x=\"").append(x).append("\" y=\"").append(top[steps])
                .append("\" width=\"").append(END_WIDTH).append("\" height=\"").append(END_HEIGHT)
                .append("\" rx=\"17\" fill=\"#691c32\"/>");
        text(centre(), top[steps] + 22, "Fin", "fill=\"#ffffff\" font-size=\"14\" font-weight=\"bold\""
                + " text-anchor=\"middle\"");
        svg.append("</g>");
    }

    private void drawEdge(Edge edge) {
        int from = graph.position(edge.from());
        int to = graph.position(edge.to());
        if (straight(edge)) {
            int x = straightX(edge);
            line(List.of(new int[] {x, top[from] + height[from]}, new int[] {x, top[to]}), false);
            return;
        }
        int exitY = exitY(edge);
        int entryY = top[to] + (to == steps ? END_HEIGHT / 2 : Math.min(height[to] / 2, 30));
        if (edge.backwards()) {
            int lane = boxLeft - LANE * (leftLanes.get(edge.to()) + 1) - 6;
            line(List.of(new int[] {boxLeft, exitY}, new int[] {lane, exitY}, new int[] {lane, entryY},
                    new int[] {boxLeft, entryY}), true);
        } else {
            int lane = boxRight + LANE * (rightLanes.get(edge.to()) + 1) + 6;
            int entryX = to == steps ? centre() + END_WIDTH / 2 : boxRight;
            line(List.of(new int[] {boxRight, exitY}, new int[] {lane, exitY}, new int[] {lane, entryY},
                    new int[] {entryX, entryY}), false);
        }
    }

    private void drawBadge(Edge edge) {
        int x;
        int y;
        if (straight(edge)) {
            int from = graph.position(edge.from());
            x = straightX(edge) + 12;
            y = top[from] + height[from] + ROW_GAP / 2;
        } else {
            x = edge.backwards() ? boxLeft - 9 : boxRight + 9;
            y = exitY(edge) - 8;
        }
        String color = edge.backwards() ? BACK : FORWARD;
        svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"8\" fill=\"#ffffff\"")
                .append(" stroke=\"").append(color).append("\"/>");
        text(x, y + 4, Integer.toString(numbers.get(edge)), "fill=\"" + color + "\" font-size=\"10\""
                + " font-weight=\"bold\" text-anchor=\"middle\"");
    }

    /** Several straight routes between the same two steps sit side by side. */
    private int straightX(Edge edge) {
        List<Edge> siblings = graph.edgesFrom(edge.from()).stream().filter(this::straight).toList();
        int index = siblings.indexOf(edge);
        return centre() + (index - (siblings.size() - 1) / 2) * 28;
    }

    /** Side routes leave their step one below the other, on their side of the box. */
    private int exitY(Edge edge) {
        List<Edge> siblings = graph.edgesFrom(edge.from()).stream()
                .filter(e -> !straight(e) && e.backwards() == edge.backwards()).toList();
        int from = graph.position(edge.from());
        int spacing = Math.max(12, Math.min(20, (height[from] - 16) / Math.max(1, siblings.size())));
        return top[from] + 20 + siblings.indexOf(edge) * spacing;
    }

    private void line(List<int[]> points, boolean back) {
        StringBuilder path = new StringBuilder();
        for (int[] point : points) {
            path.append(path.isEmpty() ? "M" : " L").append(point[0]).append(',').append(point[1]);
        }
        svg.append("<path class=\"").append(back ? "scr-flow__loop" : "scr-flow__route").append("\" d=\"")
                .append(path).append("\" fill=\"none\" stroke=\"").append(back ? BACK : FORWARD)
                .append("\" stroke-width=\"1.5\"").append(back ? " stroke-dasharray=\"5 3\"" : "")
                .append(" marker-end=\"url(#").append(back ? "scr-flow-arrow-back" : "scr-flow-arrow")
                .append(")\"/>");
    }

    private void text(int x, int y, String content, String attributes) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" ").append(attributes)
                .append(" font-family=\"Segoe UI, Roboto, Arial, sans-serif\">").append(escape(content))
                .append("</text>");
    }

    private int centre() {
        return boxLeft + BOX_WIDTH / 2;
    }

    private static List<String> activity(Node node) {
        return wrap(node.activity(), ACTIVITY_CHARS);
    }

    private static List<String> role(Node node) {
        return wrap(node.role().label(), ROLE_CHARS);
    }

    /** A line of the column beside the steps: a route's action and target, or its condition below. */
    private record LegendLine(String text, boolean condition) {
    }

    /** Beside each step: its numbered routes, each with the action, where it leads and when. */
    private List<LegendLine> legend(Node node) {
        List<LegendLine> lines = new ArrayList<>();
        for (Edge edge : graph.edgesFrom(node.id())) {
            String target = edge.toEnd() ? "Fin" : "paso " + edge.to();
            wrap("(" + numbers.get(edge) + ") " + edge.action() + " → " + target, LEGEND_CHARS)
                    .forEach(text -> lines.add(new LegendLine(text, false)));
            if (edge.condition() != null) {
                wrap("si: " + edge.condition(), LEGEND_CHARS - 4).forEach(text -> lines.add(new LegendLine(text, true)));
            }
        }
        return lines;
    }

    /** Word wrap by characters: the diagram's fonts are proportional, the limits leave room for it. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
