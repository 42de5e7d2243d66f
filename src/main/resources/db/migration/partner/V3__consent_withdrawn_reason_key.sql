-- A referral stopped because its consent was withdrawn keeps a message key as its reason, not a Dutch
-- sentence, so that each reader sees the reason in their own language. Earlier rows carried the sentence.
update partner.doorverwijzing set status_reden = 'referral.stop-reason.consent-withdrawn'
 where status = 'GESTOPT' and status_reden = 'Toestemming ingetrokken';
update partner.doorverwijzing_stap set tekst = 'referral.stop-reason.consent-withdrawn'
 where status = 'GESTOPT' and tekst = 'Toestemming ingetrokken';
