-- attack: a custom check that never returns, catching its own limit
-- expect: screened
-- message: the rule's custom check failed
-- author: instruction limit exceeded
role { id = 'attack/custom-loop', title = 'Loop', level { id = 'A', skills = {
  custom { id = 'spins', text = 'Spins', kind = 'fact', check = function(p)
    while true do pcall(function() while true do end end) end
  end },
} } }
