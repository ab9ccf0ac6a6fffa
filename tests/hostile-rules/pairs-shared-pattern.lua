-- attack: pairs() on a shared library module to reach the writable table behind its proxy,
-- and rewrite a pattern every other role uses
-- expect: refused
-- message: rules/attack/pairs-shared-pattern.lua:7: attempt to change
local _, patterns = pairs(require 'lib.patterns')
for k in pairs(patterns) do
  patterns[k] = nil
end
