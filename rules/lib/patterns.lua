-- Shared encodings: one builder for each policy statement that several roles state and encode
-- the same way, so that its reading, and the criteria that check it, live in one place.
--
--   local patterns = require "lib.patterns"
--   ...
--   qualifications = {
--     patterns.cpd { id = "cpd", text = "Evidence Continuing Professional Development (CPD)" },
--   },
--
-- A builder takes the role's own `id` and `text` (the documents word a statement slightly
-- differently; each role keeps its document's wording) and the few values that really vary (a
-- level, a number of months, the role whose training is meant), and returns the criterion tree
-- built with the constructors of docs/rule-language.md. It refuses any other field: the reading,
-- the members and the checks are the pattern's. The engine reports the criteria at the line of
-- the role file that calls the builder.
--
-- Each builder has one reading (one per level, where it takes a level), written here once and
-- used by every role that calls it. To change how a statement is read, change its builder here:
-- that changes READINGS.md and the rule set's digest for every role it lists. Look too at the
-- roles its comment names as kept inline. The only other parameters (`gcse_text`,
-- `members_named`) change a member's id or text, never what meets the statement or its reading.

local patterns = {}

-- Helpers ---------------------------------------------------------------------------------------

-- Checks a builder's argument table: every field in `required` is present, nothing outside
-- `required` and `optional` is given. Errors name the role file's line (level 3: the caller of
-- the builder that called this).
local function check(builder, t, required, optional)
  if type(t) ~= "table" then
    error(("patterns.%s takes a table: write `patterns.%s { ... }`"):format(builder, builder), 3)
  end
  local known = {}
  for _, key in ipairs(required) do
    known[key] = true
    if t[key] == nil then error(("patterns.%s needs `%s`"):format(builder, key), 3) end
  end
  for _, key in ipairs(optional or {}) do known[key] = true end
  for key in pairs(t) do
    if not known[key] then
      error(("patterns.%s has no field `%s` (its reading and checks are the pattern's)"):format(
        builder, tostring(key)), 3)
    end
  end
end

-- A whole number in `allowed` (a list), for levels and months.
local function one_of(builder, key, value, allowed)
  for _, v in ipairs(allowed) do
    if value == v then return value end
  end
  local shown = {}
  for i, v in ipairs(allowed) do shown[i] = tostring(v) end
  error(("patterns.%s: `%s` must be one of %s"):format(builder, key, table.concat(shown, ", ")), 3)
end

-- An optional true/false field.
local function flag(builder, t, key)
  local value = t[key]
  if value ~= nil and type(value) ~= "boolean" then
    error(("patterns.%s: `%s` must be true or false"):format(builder, key), 3)
  end
  return value
end

-- Whether `s` is a role id, "<framework>/<role>": two non-empty runs of letters, digits and
-- hyphens joined by one "/". Checked byte by byte: the sandbox has no Lua patterns.
local function is_role_id(s)
  if type(s) ~= "string" then return false end
  local slash = s:find("/", 1, true)
  if slash == nil or slash == 1 or slash == #s or s:find("/", slash + 1, true) then return false end
  for i = 1, #s do
    local b = s:byte(i)
    local ok = (b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122)
      or b == 45 or i == slash
    if not ok then return false end
  end
  return true
end

-- A fresh copy of a list, so that no two criteria share a table.
local function list(items)
  local copy = {}
  for i, v in ipairs(items) do copy[i] = v end
  return copy
end

-- Qualifications --------------------------------------------------------------------------------

-- "Level 2 qualification – e.g. A minimum of 5 GCSE's (grades 4-9) including English and Maths,
-- NVQ etc" (Tenant Services framework, level A).
-- "e.g." makes the five GCSEs one example of a Level 2 qualification; "NVQ etc" admits other whole
-- qualifications at Level 2 or above. A single GCSE, O level or Functional Skills pass is a Level 2
-- qualification in one subject only, so it does not count on its own: those kinds are left out of
-- the second member (Functional Skills and O levels still count towards the five GCSEs, as
-- lib/equivalences.lua says).
-- `gcse_text`: the first member's text, where the role's encoding spells it as the document does
-- ("A minimum of 5 GCSE's ..."); the default is "A minimum of 5 GCSEs ...". Text only.
-- Used by: anti-social-behaviour-officer, housing-rents-officer, income-and-arrears-officer,
-- income-arrears-assistant, leasehold-and-right-to-buy-officer, tenancy-management-assistant,
-- tenancy-management-officer, tenancy-sustainment-officer-income, tenancy-sustainment-officer;
-- with `gcse_text`: data-and-insight-officer, housing-finance-officer, resident-engagement-officer,
-- scheme-support-officer, senior-scheme-support-officer (all tenant-services/).
local LEVEL_2_KINDS = { "nvq", "btec", "apprenticeship", "diploma", "certificate", "a_level",
  "degree", "postgraduate", "cih", "other" }
local LEVEL_2_READING = "Five GCSEs at grade 4/C or above including English and Maths (O levels, and Functional Skills Level 2 in English and maths, count as lib/equivalences.lua says), or another achieved qualification at RQF Level 2 or above, such as an NVQ, BTEC, diploma, certificate or apprenticeship, or a higher one such as an A level or degree; a single GCSE, O level or Functional Skills pass is not a Level 2 qualification on its own, and a qualification still in progress does not count."
function patterns.level_2_qualification(t)
  check("level_2_qualification", t, { "id", "text" }, { "gcse_text" })
  return any_of {
    id = t.id, text = t.text, reading = LEVEL_2_READING,
    gcse { id = "five-gcses",
      text = t.gcse_text or "A minimum of 5 GCSEs (grades 4-9) including English and Maths",
      subjects = { "English", "Mathematics" }, count = 5, min_grade = "4" },
    qualification { id = "other-level-2", text = "Another qualification at Level 2 or above (NVQ etc)",
      min_level = 2, kinds = list(LEVEL_2_KINDS) },
  }
end

-- "A good standard of general education (e.g. Level 2, GCSEs) including Maths and English or
-- Equivalent housing qualification at Level N" (Rehousing framework, level A; the Housing Options
-- job profile), N = `level`.
-- "Maths and English" at Level 2 means GCSE grade 4 / C or above (or an equivalent listed in
-- lib/equivalences.lua: O level, Functional Skills Level 2) in both subjects.
-- `gcse_text`: the first member's text, when the role's wording differs from "GCSEs including Maths
-- and English" (the Senior Rehousing Officer's reads "including in Maths and English"). Text only.
-- `members_named = false`: the members get no ids or texts of their own (the engine names them
-- <id>.1 and <id>.2 and describes them), as the Triage Officer's encoding always had. Member ids
-- and texts only: the checks and the reading are the same.
-- Used by: rehousing/rehousing-officer, rehousing/rehousing-visiting-officer (level 2);
-- housing-options/triage-officer (level 2, members_named = false); rehousing/meam-coordinator,
-- rehousing/senior-rehousing-officer (level 3).
-- Kept inline: rehousing/rehousing-team-leader (the alternative is a Level 3 CIH qualification
-- only), rehousing/assistant-rehousing-officer (no alternative).
local GENERAL_EDUCATION_READING = "GCSE grade 4/C or above in both English and Maths (O levels, and Functional Skills Level 2 in English and maths, count as lib/equivalences.lua says), or an achieved housing qualification at RQF Level %d or above."
function patterns.general_education(t)
  check("general_education", t, { "id", "text", "level" }, { "gcse_text", "members_named" })
  local level = one_of("general_education", "level", t.level, { 2, 3 })
  local reading = GENERAL_EDUCATION_READING:format(level)
  if flag("general_education", t, "members_named") == false then
    -- No ids of their own, but the statement's words: a member shown without words would
    -- show its type.
    return any_of {
      id = t.id, text = t.text, reading = reading,
      gcse { text = t.gcse_text or "GCSEs including Maths and English", subjects = { "English", "Mathematics" }, min_grade = "4" },
      qualification { text = ("Equivalent housing qualification at Level %d"):format(level),
        min_level = level, areas = { "housing" } },
    }
  end
  return any_of {
    id = t.id, text = t.text, reading = reading,
    gcse { id = "gcse-english-maths", text = t.gcse_text or "GCSEs including Maths and English",
      subjects = { "English", "Mathematics" }, min_grade = "4" },
    qualification { id = ("housing-qualification-level-%d"):format(level),
      text = ("Equivalent housing qualification at Level %d"):format(level),
      min_level = level, areas = { "housing" } },
  }
end

-- "Level 3 qualification – e.g. A levels, Advanced apprenticeship, NVQ 3" and "Level 6
-- qualification – e.g. Degree Apprenticeship, Graduate Diploma" (Tenant Services framework,
-- level A), `level` = 3 or 6.
-- The examples are the document's; any single achieved qualification at RQF level `level` or
-- above, in any subject, meets the statement. In progress does not count.
-- Used by (level 3): data-and-insight-manager, housing-business-systems-analyst,
-- housing-service-improvement-manager, senior-income-and-arrears-officer,
-- senior-tenancy-management-officer.
-- Used by (level 6): housing-ict-systems-and-data-manager, income-and-leasehold-manager,
-- tenancy-manager, tenant-services-operations-manager (all tenant-services/).
local LEVEL_QUALIFICATION_EXAMPLES = {
  [3] = "an A level, an advanced apprenticeship or an NVQ Level 3, or a higher one such as a degree",
  [6] = "a degree, a completed degree apprenticeship or a graduate diploma, or a higher (postgraduate) one",
}
function patterns.level_qualification(t)
  check("level_qualification", t, { "id", "text", "level" })
  local level = one_of("level_qualification", "level", t.level, { 3, 6 })
  return qualification { id = t.id, min_level = level, text = t.text,
    reading = ("Any achieved qualification at RQF Level %d or above, in any subject, such as %s; a qualification still in progress does not count."):format(
      level, LEVEL_QUALIFICATION_EXAMPLES[level]) }
end

-- "Completion of relevant Level 3 Chartered Institute of Housing qualification or equivalent
-- qualification e.g. <example>" (Rehousing framework, level C). Every CIH qualification is a housing
-- one, so any CIH Level 3 is "relevant"; the example the role's text names is one of them.
-- "Completion": in progress does not count.
-- Used by: rehousing/rehousing-officer ("CIH Level 3 Award in Housing Practice"),
-- rehousing/rehousing-visiting-officer, rehousing/senior-rehousing-officer ("CIH Level 3
-- Certificate in Providing Homelessness Services").
function patterns.relevant_cih_level_3(t)
  check("relevant_cih_level_3", t, { "id", "text" })
  return any_of {
    id = t.id, text = t.text,
    reading = "A completed Chartered Institute of Housing qualification at Level 3 or above (any CIH qualification is relevant; the one the statement names is an example), or another completed housing qualification at Level 3 or above as the equivalent; a qualification still in progress does not count.",
    cih { id = "cih-level-3-completed",
      text = "Completion of relevant Level 3 Chartered Institute of Housing qualification", min_level = 3 },
    qualification { id = "housing-qualification-level-3", text = "Equivalent qualification (housing, Level 3)",
      min_level = 3, areas = { "housing" } },
  }
end

-- "Completion of level 3 Chartered Institute of Housing qualification or equivalent related to the
-- role" (Tenant Services framework, level C). The equivalent related to these roles is a housing
-- qualification at Level 3 or above; "completion": in progress does not count.
-- `members_named = false`: the members get no ids or texts of their own (the engine names them
-- cih-level-3-or-equivalent.1 and .2 and describes them), as those roles' encodings always had.
-- Member ids and texts only: the checks and the reading are the same.
-- Used by: anti-social-behaviour-officer, tenancy-management-officer, tenancy-sustainment-officer;
-- with members_named = false: income-and-arrears-officer, leasehold-and-right-to-buy-officer,
-- tenancy-sustainment-officer-income (all tenant-services/).
-- Kept inline: data-and-insight-officer (the equivalent may also be in data, e.g. NVQ3 data
-- science) and resident-engagement-officer (the equivalent is in customer/community engagement).
local CIH_LEVEL_3_OR_EQUIVALENT_READING = "An achieved Chartered Institute of Housing qualification at Level 3 or above, or, as the equivalent related to the role, another achieved housing qualification at Level 3 or above; a qualification still in progress does not count."
function patterns.cih_level_3_or_equivalent(t)
  check("cih_level_3_or_equivalent", t, { "id", "text" }, { "members_named" })
  if flag("cih_level_3_or_equivalent", t, "members_named") == false then
    -- No ids of their own, but the statement's words (a member without words shows its type).
    return any_of {
      id = t.id, text = t.text, reading = CIH_LEVEL_3_OR_EQUIVALENT_READING,
      cih { text = "Level 3 Chartered Institute of Housing qualification", min_level = 3 },
      qualification { text = "Equivalent housing qualification at Level 3", min_level = 3, areas = { "housing" } },
    }
  end
  return any_of {
    id = t.id, text = t.text, reading = CIH_LEVEL_3_OR_EQUIVALENT_READING,
    cih { id = "cih-level-3", text = "Level 3 Chartered Institute of Housing qualification", min_level = 3 },
    qualification { id = "housing-level-3", text = "Equivalent housing qualification at Level 3",
      min_level = 3, areas = { "housing" } },
  }
end

-- "Completion of level N Chartered Institute of Housing qualification" (both frameworks, worded
-- "Completion of CIH level 4 qualification" in some roles), N = `level`, no equivalent named. An
-- achieved CIH qualification at that level or above; working towards it does not count.
-- Used by (level 4): rehousing/rehousing-manager, rehousing/rehousing-team-leader,
-- tenant-services/data-and-insight-manager, tenant-services/housing-ict-systems-and-data-manager,
-- tenant-services/income-and-leasehold-manager, tenant-services/senior-income-and-arrears-officer,
-- tenant-services/senior-tenancy-management-officer, tenant-services/tenancy-manager,
-- tenant-services/tenant-services-operations-manager.
-- Used by (level 3): tenant-services/housing-rents-officer.
-- Alike, but another statement (encoded in its role file):
-- tenant-services/housing-service-improvement-manager (CIH Level 4 together with ITIL Foundation).
function patterns.cih_completion(t)
  check("cih_completion", t, { "id", "text", "level" })
  local level = one_of("cih_completion", "level", t.level, { 3, 4 })
  return cih { id = t.id, min_level = level, text = t.text,
    reading = ("An achieved Chartered Institute of Housing qualification at Level %d or above; working towards one (a course still in progress) does not count."):format(level) }
end

-- "Working towards Level 3 in Business Administration" (Tenant Services framework, level C). A
-- Business Administration qualification at Level 3 or above, in progress or achieved.
-- Used by: tenant-services/tenancy-management-assistant, tenant-services/income-arrears-assistant.
-- Alike, but another statement (encoded in its role file): tenant-services/housing-finance-officer
-- ("Level 3 in Business Administration or CIH equivalent qualification level 3": achieved, with a
-- CIH alternative).
function patterns.working_towards_business_admin_level_3(t)
  check("working_towards_business_admin_level_3", t, { "id", "text" })
  return qualification { id = t.id, min_level = 3,
    areas = { "business_administration" }, working_towards = true,
    text = t.text,
    reading = "A Business Administration qualification at Level 3 or above, either in progress or already achieved." }
end

-- "Willingness to work toward(s) level 4 Chartered Institute of Housing qualification" (Tenant
-- Services framework, level A). Willingness is a judgement; being enrolled on (or holding) a CIH
-- Level 4 qualification shows it. The judgement is the catalogue's willingness-cih-level-4, worded
-- as the role words the statement.
-- Used by: data-and-insight-manager, senior-income-and-arrears-officer,
-- senior-tenancy-management-officer (all tenant-services/).
function patterns.willingness_cih_level_4(t)
  check("willingness_cih_level_4", t, { "id", "text" })
  return any_of {
    id = t.id, text = t.text,
    reading = "Met by a Chartered Institute of Housing qualification at Level 4 or above, in progress or achieved (enrolment or achievement shows the willingness); otherwise by a manager's assessment that the person is willing to work towards one.",
    cih { id = "cih-level-4-working-towards", min_level = 4, working_towards = true,
      text = "Working towards (or holding) a level 4 Chartered Institute of Housing qualification" },
    competency { id = "willingness-cih-level-4", text = t.text },
  }
end

-- "Level N Intermediate / Advanced / Higher Apprenticeship" (Tenant Services framework, the
-- apprentice posts), N = `level`. The documents name no other criteria for these posts: each level
-- is being enrolled on, or having completed, an apprenticeship at that level or above.
-- Used by: tenant-services/housing-apprentice, tenant-services/housing-income-apprentice,
-- tenant-services/resident-engagement-apprentice.
function patterns.apprenticeship_level(t)
  check("apprenticeship_level", t, { "id", "text", "level" })
  local level = one_of("apprenticeship_level", "level", t.level, { 2, 3, 4 })
  return apprenticeship { id = t.id, min_level = level, working_towards = true, text = t.text,
    reading = ("Enrolled on (in progress) or having completed an apprenticeship at Level %d or above; the document names no other criteria for the apprentice post, and the apprenticeship framework's own requirements are not checked here."):format(level) }
end

-- "Evidence (of) Continuing / continued professional development (CPD)" (both frameworks).
-- At least one CPD record dated in the 12 months up to the evaluation date; the records need not
-- be verified.
-- Used by: rehousing/rehousing-manager, rehousing/rehousing-officer,
-- rehousing/rehousing-team-leader, rehousing/rehousing-visiting-officer,
-- rehousing/senior-rehousing-officer (levels B and C each); tenant-services/:
-- anti-social-behaviour-officer, data-and-insight-manager, data-and-insight-officer,
-- housing-business-systems-analyst, housing-ict-systems-and-data-manager, housing-rents-officer,
-- housing-service-improvement-manager, income-and-arrears-officer, income-and-leasehold-manager,
-- income-arrears-assistant, leasehold-and-right-to-buy-officer, resident-engagement-officer,
-- scheme-support-officer, senior-income-and-arrears-officer, senior-scheme-support-officer,
-- senior-tenancy-management-officer, tenancy-management-assistant, tenancy-management-officer,
-- tenancy-manager, tenancy-sustainment-officer, tenancy-sustainment-officer-income,
-- tenant-services-operations-manager.
function patterns.cpd(t)
  check("cpd", t, { "id", "text" })
  return cpd { id = t.id, within_months = 12, text = t.text,
    reading = "At least one CPD record, verified or not, dated within the 12 months up to and including the evaluation date." }
end

-- "Completion of role specific training as identified in/on the HRA (tenant services) training
-- matrix" (Tenant Services framework, level B). A completed training record with id
-- role-training/<role>, `role` being the role's id; in progress does not count.
-- Used by (tenant-services/): anti-social-behaviour-officer, data-and-insight-manager,
-- data-and-insight-officer, housing-business-systems-analyst, housing-finance-officer,
-- housing-ict-systems-and-data-manager, housing-rents-officer, housing-service-improvement-manager,
-- income-and-arrears-officer, income-and-leasehold-manager, income-arrears-assistant,
-- leasehold-and-right-to-buy-officer, resident-engagement-officer, scheme-support-officer,
-- senior-income-and-arrears-officer, senior-scheme-support-officer,
-- senior-tenancy-management-officer, tenancy-management-assistant, tenancy-management-officer,
-- tenancy-manager, tenancy-sustainment-officer, tenancy-sustainment-officer-income,
-- tenant-services-operations-manager.
-- Kept inline: housing-options/triage-officer and rehousing/rehousing-manager (training identified
-- at the Performance Appraisal Review, not in the HRA training matrix; each reading names the
-- training id, and the Rehousing Manager's training is managing staff training).
function patterns.role_training(t)
  check("role_training", t, { "id", "text", "role" })
  if not is_role_id(t.role) then
    error("patterns.role_training: `role` must be a role id such as \"tenant-services/tenancy-manager\"", 2)
  end
  return training { id = t.id, training_id = "role-training/" .. t.role, text = t.text,
    reading = "A completed training record for the role-specific training that the HRA (tenant services) training matrix identifies for this role; training still in progress does not count." }
end

-- Driving -----------------------------------------------------------------------------------------

-- "Full UK driving licence and daily use of / daily access to a car (or vehicle) for work"
-- (Tenant Services framework, level A). A full UK licence and daily access to a vehicle. The
-- profile records how often a vehicle is available, not which kind, so "car" and "vehicle" are
-- read alike.
-- Used by (tenant-services/): anti-social-behaviour-officer, income-and-arrears-officer,
-- income-and-leasehold-manager, leasehold-and-right-to-buy-officer, resident-engagement-officer,
-- scheme-support-officer, senior-income-and-arrears-officer, senior-scheme-support-officer,
-- senior-tenancy-management-officer, tenancy-management-officer, tenancy-manager,
-- tenancy-sustainment-officer, tenancy-sustainment-officer-income,
-- tenant-services-operations-manager.
-- Kept inline: job-profiles/rehousing-officer (access to a car when the work needs it, not daily).
function patterns.daily_vehicle_access(t)
  check("daily_vehicle_access", t, { "id", "text" })
  return driving { id = t.id, licence = "full_uk", vehicle_access = "daily", text = t.text,
    reading = "A full UK driving licence and daily access to (daily use of) a car or other vehicle for work; a provisional or non-UK licence, or a vehicle available only occasionally, does not meet it." }
end

-- Experience --------------------------------------------------------------------------------------

-- "Experience of working in (within) a social housing setting (environment)" (Tenant Services
-- framework, level A). The employment history decides it (lib/competencies.lua keeps the
-- statement out of the catalogue for that reason): a post tagged as social housing work, or
-- housing, tenancy management, income collection, leasehold or anti-social behaviour work at a
-- local authority or registered housing provider. The document gives no length of time, so any
-- recorded period (a month or more) counts.
-- Used by: anti-social-behaviour-officer, income-and-arrears-officer,
-- leasehold-and-right-to-buy-officer, tenancy-management-officer, tenancy-sustainment-officer,
-- tenancy-sustainment-officer-income (all tenant-services/).
function patterns.social_housing_experience(t)
  check("social_housing_experience", t, { "id", "text" })
  return any_of {
    id = t.id, text = t.text,
    reading = "At least one month of employment either tagged as social housing work, or in housing, tenancy management, income collection, leasehold or anti-social behaviour work at a local authority or registered housing provider.",
    experience { id = "social-housing-work", text = "Work in social housing", months = 1,
      areas = { "social_housing" } },
    experience { id = "social-landlord-housing-work", months = 1,
      text = "Housing work at a local authority or registered housing provider",
      employer_types = { "local_authority", "registered_provider" },
      areas = { "housing", "tenancy_management", "income_collection", "leasehold", "asb" } },
  }
end

-- "At least 12 months (2 years') experience of working in a local housing authority or Registered
-- Housing Provider in a customer service or Housing capacity" (Rehousing framework), `months` = 12
-- or 24. Overlapping posts count once.
-- Used by: rehousing/assistant-rehousing-officer, rehousing/rehousing-officer (12 months);
-- rehousing/rehousing-visiting-officer (24 months).
function patterns.housing_provider_experience(t)
  check("housing_provider_experience", t, { "id", "text", "months" })
  local months = one_of("housing_provider_experience", "months", t.months, { 12, 24 })
  return experience { id = t.id, months = months,
    employer_types = { "local_authority", "registered_provider" },
    areas = { "customer_service", "housing" },
    text = t.text,
    reading = ("At least %d months in total (overlapping posts counted once) at a local authority or a registered provider in posts whose work included customer service or housing."):format(months) }
end

-- "At least 12 months' demonstrable managerial experience within the public sector" (Rehousing
-- framework, level A), `months` = 12. Managerial: posts that line-managed staff. The public
-- sector: local authorities and other public bodies, not housing associations (registered
-- providers), voluntary or private employers. The employment history is the demonstration.
-- Used by: rehousing/meam-coordinator, rehousing/senior-rehousing-officer.
-- Alike, but other statements (encoded in their role files), with the same reading of "public
-- sector": rehousing/rehousing-manager (running-high-demand-service-60-months: 60 months, with
-- an assessed judgement) and rehousing/rehousing-team-leader
-- (customer-service-large-public-body-24-months: not managerial, with an assessed judgement).
function patterns.managerial_public_sector_experience(t)
  check("managerial_public_sector_experience", t, { "id", "text", "months" })
  local months = one_of("managerial_public_sector_experience", "months", t.months, { 12 })
  return experience { id = t.id, months = months, managerial = true,
    employer_types = { "local_authority", "public_sector" },
    text = t.text,
    reading = ("At least %d months in total in posts that line-managed staff at a local authority or another public body; housing associations (registered providers), voluntary and private employers are not the public sector. The employment history is the demonstration."):format(months) }
end

return patterns
