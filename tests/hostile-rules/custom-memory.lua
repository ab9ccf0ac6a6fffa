-- attack: a custom check that hoards memory: stopped by the memory limit or, as every
-- allocation is charged as work, the instruction limit; that applicant's criterion is unknown,
-- the state is closed, and the next applicant is screened in a fresh one
-- expect: screened
-- message: limit exceeded
role { id = 'attack/custom-memory', title = 'Memory', level { id = 'A', skills = {
  custom { id = 'hoards', text = 'Hoards', kind = 'fact', check = function(p)
    local t = {}
    for i = 1, 1e9 do t[i] = p.id .. i end
    return true
  end },
} } }
