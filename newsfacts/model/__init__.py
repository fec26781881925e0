from .records import (Article, Entity, Event, Evidence, Facts, Mention, Money,
                      Project, Quantity, Quote, Record, Ref)

__all__ = ["Article", "Entity", "Event", "Evidence", "Facts", "Mention", "Money",
           "Project", "Quantity", "Quote", "Record", "Ref"]
