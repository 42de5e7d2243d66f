-- Emergency access (break the glass) opens one household of another municipality for reading: besides the
-- municipalities in verbinder.gemeenten, a transaction sees the rows of the household named in
-- verbinder.huishoudens (set by RowLevelSecurity only from a scope that an active grant of the current case
-- manager opened, and only for the household asked for). Only what the household page reads is opened: the
-- household (its members follow it), its contact moments (their agreements follow them), intakes, plans
-- (their versions follow them) and self-assessments. Writing stays with the own municipality: the with check
-- clauses are unchanged. The caseload summary is not opened, so a grant never adds a line to a caseload.
alter policy household_in_scope on inburgering.household
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
           or id = any (cast(string_to_array(nullif(current_setting('verbinder.huishoudens', true), ''), ',') as uuid[])));
alter policy contact_moment_in_scope on inburgering.contact_moment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
           or household_id = any (cast(string_to_array(nullif(current_setting('verbinder.huishoudens', true), ''), ',') as uuid[])));
alter policy intake_in_scope on inburgering.intake
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
           or household_id = any (cast(string_to_array(nullif(current_setting('verbinder.huishoudens', true), ''), ',') as uuid[])));
alter policy pip_in_scope on inburgering.pip
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
           or household_id = any (cast(string_to_array(nullif(current_setting('verbinder.huishoudens', true), ''), ',') as uuid[])));
alter policy self_assessment_in_scope on inburgering.self_assessment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
           or household_id = any (cast(string_to_array(nullif(current_setting('verbinder.huishoudens', true), ''), ',') as uuid[])));
