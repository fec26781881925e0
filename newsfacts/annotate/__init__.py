from .natasha import annotate, inflect_nominative, models, normalize_phrase

__all__ = ["annotate", "inflect_nominative", "models", "normalize_phrase"]
