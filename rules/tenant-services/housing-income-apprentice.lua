-- rules/tenant-services/housing-income-apprentice.lua
-- Housing Income Apprentice (PN: 9621), Tenant Services career progression framework, April 2025,
-- Income and Leasehold Management section.
--
-- The document names no criteria of its own for this post: the apprentice works "within an
-- apprenticeship framework" at Level 2 (Intermediate), 3 (Advanced) or 4 (Higher). As roles.md
-- directs, each level is encoded as being enrolled on, or having completed, an apprenticeship
-- (qualification kind "apprenticeship") at that RQF level or above. Levels are cumulative, so an
-- apprentice at Level 3 also meets Level 2.

local patterns = require "lib.patterns"

role {
  id = "tenant-services/housing-income-apprentice",
  title = "Housing Income Apprentice",
  posts = { "9621" },
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
