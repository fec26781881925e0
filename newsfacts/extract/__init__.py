"""One module per fact type: money, quantity, dates, entities, quotes,
events, projects.

`newsfacts.extract` is both this package and the public function
`newsfacts.extract(text, published=None)`: a package attribute would be
overwritten by the subpackage on import, so the package module itself is
made callable.
"""
import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, text, published=None, **meta):
        from ..pipeline import extract
        return extract(text, published, **meta)


sys.modules[__name__].__class__ = _CallableModule
