package nl.verbinder.appointment.web;

/**
 * An appointment moved on the case manager's page: a new time, and a new place when a
 * kind of place is given (the form starts from the place it has; without one the place
 * stays), at the version the case manager read (none, or another, is refused as changed
 * meanwhile).
 */
public class MoveForm extends PlaceFields {

	private long versie = -1;

	public MoveForm() {
		super(45, "");
	}

	public long getVersie() {
		return versie;
	}

	public void setVersie(long v) {
		versie = v;
	}

}
