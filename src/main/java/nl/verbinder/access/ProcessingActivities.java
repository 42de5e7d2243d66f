package nl.verbinder.access;

import java.util.List;

/**
 * One module's processing activities, for the register of processing activities. Each
 * module that processes personal data declares one such bean, as it declares its
 * {@link PathPermissions}.
 */
public record ProcessingActivities(List<ProcessingActivity> activities) {

	public ProcessingActivities {
		activities = List.copyOf(activities);
	}

	public static ProcessingActivities of(ProcessingActivity... activities) {
		return new ProcessingActivities(List.of(activities));
	}

}
