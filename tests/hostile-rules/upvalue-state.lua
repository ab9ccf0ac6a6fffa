-- attack: a custom check that remembers the previous applicant in a captured variable and
-- writes their id into the next one's reason
-- expect: refused
-- message: `check` of `custom` uses `previous` from outside the function
local previous = 'none'
role { id = 'attack/upvalue-state', title = 'State', level { id = 'A', skills = {
  custom { id = 'remembers', text = 'Remembers', kind = 'fact', check = function(p)
    local before = previous
    previous = p.id
    return true, 'after ' .. before
  end },
} } }
