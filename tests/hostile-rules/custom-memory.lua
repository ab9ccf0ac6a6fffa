-- attack: a custom check that hoards memory in large blocks: stopped by the memory limit (or,
-- as every allocation is charged as work, the instruction limit, whichever the blocks reach
-- first); that applicant's criterion is unknown, the Lua state is closed, and the next
-- applicant is screened in a fresh one
-- expect: screened
-- message: the rule's custom check failed
-- author: limit exceeded
role { id = 'attack/custom-memory', title = 'Memory', level { id = 'A', skills = {
  custom { id = 'hoards', text = 'Hoards', kind = 'fact', check = function(p)
    local t = {}
    for i = 1, 1e9 do t[i] = string.rep(p.id .. i, 1 << 19) end
    return true
  end },
} } }
