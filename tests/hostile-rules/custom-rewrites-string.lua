-- attack: a custom check that rewrites the string library for the roles evaluated after it
-- expect: screened
-- message: "outcome":"shortlist"
role { id = 'attack/custom-rewrites-string', title = 'Rewrites', level { id = 'A', skills = {
  custom { id = 'rewrites', text = 'Rewrites', kind = 'fact', check = function(p)
    pcall(function() local _, s = pairs(string) s.upper = function() return '' end end)
    pcall(function() string.upper = function() return '' end end)
    return ('x'):upper() == 'X', 'string intact'
  end },
} } }
