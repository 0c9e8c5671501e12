package mx.gob.veracruzmunicipio.dmiga.scr.workflow;

/** Action data that carries the text of an oficio the step sends through Cero Papel. */
public interface OficioText extends ActionData {

    String subject();

    String body();
}
