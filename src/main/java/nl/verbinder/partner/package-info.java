/**
 * Partners and who is involved: the region's organisations (formal and informal) and what they offer,
 * the map of who is involved with each household, the basis for sharing a household's data with an
 * organisation (consent or a legal task), and referrals with their steps. Partner workers see the
 * referrals to their own organisation while the basis holds, and nothing else.
 * {@link nl.verbinder.partner.Samenwerking} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners and referrals")
@org.jspecify.annotations.NullMarked
package nl.verbinder.partner;
