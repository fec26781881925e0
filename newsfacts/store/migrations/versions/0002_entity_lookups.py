"""Indexes for an entity's page, and a revision counter for caches.

Without the indexes the entity page scans every project report (50 ms on
10,000 articles) to find the ones located at one of the entity's mentions.
The revision row lets `newsfacts serve` keep responses for as long as the
database is unchanged instead of for a fixed few seconds.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_article_projects_location_entity_id', 'article_projects', ['location_entity_id'])
    op.create_index('ix_events_place_entity_id', 'events', ['place_entity_id'])
    table = op.create_table('revision',
                            sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
                            sa.Column('value', sa.Integer(), nullable=False),
                            sa.PrimaryKeyConstraint('id'))
    op.bulk_insert(table, [{'id': 1, 'value': 0}])


def downgrade() -> None:
    op.drop_table('revision')
    op.drop_index('ix_events_place_entity_id', table_name='events')
    op.drop_index('ix_article_projects_location_entity_id', table_name='article_projects')
