package nl.verbinder.monitoring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the signal rules ({@code verbinder.signals.*}) and when the nightly
 * run starts ({@code verbinder.signals.cron}, read by {@link NightlySignalRun}).
 *
 * @param noContactDays days without a contact moment before a household is signalled
 * (default 60)
 * @param pipWeeks weeks after registration within which a PIP is to be established
 * (default 10)
 * @param agreementGraceDays days an agreed next step may be past its due date before it
 * is signalled (default 0)
 */
@ConfigurationProperties("verbinder.signals")
record SignalSettings(@DefaultValue("60") int noContactDays, @DefaultValue("10") int pipWeeks,
		@DefaultValue("0") int agreementGraceDays) {

	List<SignalPolicy> policies() {
		return List.of(new SignalPolicy.NoContact(noContactDays), new SignalPolicy.NoPip(pipWeeks),
				new SignalPolicy.AgreementOverdue(agreementGraceDays));
	}
}
