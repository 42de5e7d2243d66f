package nl.verbinder.portal;

import java.util.Map;
import java.util.Optional;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.OwnFile;
import nl.verbinder.inburgering.SelfAssessment;
import org.springframework.stereotype.Service;

/**
 * The newcomer's own view of the life domains: given in the portal, stored beside the
 * case manager's intakes by the inburgering module (which owns them), and shown to the
 * case manager there.
 */
@Service
public class SelfAssessing {

	private final Newcomers newcomers;

	private final OwnFile ownFile;

	SelfAssessing(Newcomers newcomers, OwnFile ownFile) {
		this.newcomers = newcomers;
		this.ownFile = ownFile;
	}

	/** The newcomer's latest self-assessment, if any. */
	public Optional<SelfAssessment> mine() {
		return ownFile.selfAssessment(newcomers.current().personId(), Portal.OWN_VOICE);
	}

	/** Records a new self-assessment: the domains answered, one to three each. */
	public SelfAssessment give(Map<Domein, Integer> scores) {
		return ownFile.recordSelfAssessment(newcomers.current().personId(), scores, Portal.OWN_VOICE);
	}

}
