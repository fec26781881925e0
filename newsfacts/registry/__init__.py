"""Cross-article registry logic: pure functions the store calls, no database.

- `match`: ProjectView, project_view, merge_views, blocking_keys, best_match
  (evidence in `evidence`, views in `views`, names in `words`, figures in
  `figures`, places in `places`, companies in `companies`);
- `entities`: entity_key, same_entity (people in `people`);
- `values`: current_index, status_history.
"""
