from .natasha import annotate, inflect_nominative, is_quality_adjective, models, normalize_phrase

__all__ = ["annotate", "inflect_nominative", "is_quality_adjective", "models", "normalize_phrase"]
