-- attack: the same through a global: each call runs in a fresh environment, so every
-- applicant is the first, in any order and on any number of threads
-- expect: screened
-- message: "outcome":"shortlist"
role { id = 'attack/global-state', title = 'State', level { id = 'A', skills = {
  custom { id = 'remembers', text = 'Remembers', kind = 'fact', check = function(p)
    local before = previous
    previous = p.id
    if before == nil then return true, 'first' end
    return false, 'after ' .. before
  end },
} } }
