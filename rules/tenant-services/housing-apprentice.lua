-- rules/tenant-services/housing-apprentice.lua
-- Housing Apprentice (PN: 9621A & 16549), Apprentice Grade. Tenant Services career progression
-- framework, April 2025, Tenancy Management section. (The document also gives PN 16549 to the
-- Resident Engagement Apprentice in the Housing ICT, Systems and Data section; both are kept as
-- printed.)
--
-- The document names no criteria of its own for this post: the apprentice works "within an
-- apprenticeship framework detailing the qualifications needed to be completed, the key skills
-- targets and any other requirements of the apprenticeship", at Level 2 (Intermediate), 3
-- (Advanced) or 4 (Higher). As roles.md directs, each level is encoded as being enrolled on, or
-- having completed, an apprenticeship (qualification kind "apprenticeship") at that RQF level or
-- above. Levels are cumulative, so an apprentice at Level 3 also meets Level 2.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-apprentice",
  title = "Housing Apprentice",
  posts = { "9621A", "16549" },
  grade = "Apprentice",
  framework = "Tenant Services career progression framework",
  framework_date = "2025-04",
  source = "002_1abcbfd60e445b36.txt",
  summary = "To learn and develop the skills to work with various teams in delivering services to Medway Council residents. To develop a wide range of skills and experience in all aspects of housing.",

  level {
    id = "L2", name = "Intermediate",
    qualifications = {
      patterns.apprenticeship_level { id = "apprenticeship-level-2", level = 2,
        text = "Level 2 Intermediate Apprenticeship" },
    },
  },

  level {
    id = "L3", name = "Advanced",
    qualifications = {
      patterns.apprenticeship_level { id = "apprenticeship-level-3", level = 3,
        text = "Level 3 Advanced Apprenticeship" },
    },
  },

  level {
    id = "L4", name = "Higher",
    qualifications = {
      patterns.apprenticeship_level { id = "apprenticeship-level-4", level = 4,
        text = "Level 4 Higher Apprenticeship" },
    },
  },
}
