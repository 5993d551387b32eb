-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 8: the supervisor console's staff filter ("registered it or made any
-- move on it") read from indexes alone, instead of visiting every move of a busy clerk.
CREATE INDEX applications_registered_by ON applications (registered_by, received_at);
CREATE INDEX application_transitions_actor_application ON application_transitions (actor_id, application_id);
-- Both lead with actor_id: the new index serves every lookup they did.
DROP INDEX application_transitions_actor;
DROP INDEX application_transitions_actor_at;
