/**
 * Partners and who is involved: the region's organisations, formal and informal, and what
 * they offer ({@link nl.verbinder.partner.SocialMap}); a household's collaboration with
 * who is involved ({@link nl.verbinder.partner.Collaboration}); the basis for sharing its
 * data with an organisation, consent or a legal task
 * ({@link nl.verbinder.partner.Grondslagen}); referrals with their steps
 * ({@link nl.verbinder.partner.Referrals}); and the partner worker's inbox, which shows
 * the referrals to their own organisation while the basis holds, and nothing else
 * ({@link nl.verbinder.partner.PartnerInbox}). Adds a household's referral steps to its
 * timeline. Pages and API in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners and referrals")
@org.jspecify.annotations.NullMarked
package nl.verbinder.partner;
