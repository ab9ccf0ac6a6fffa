-- attack: the same on the string library, the error swallowed with pcall, so that the file
-- loads and a later script would get a string.rep that returns nothing
-- expect: loads
-- message: -
pcall(function()
  local _, s = pairs(string)
  s.rep = function() return '' end
  s.upper = function() return '' end
end)
pcall(function() getmetatable('').__index.upper = function() return '' end end)
assert(('x'):upper() == 'X' and string.rep('a', 3) == 'aaa')
