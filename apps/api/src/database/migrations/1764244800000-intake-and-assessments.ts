import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Intake invitations, assessments, red-flag reviews and shared rate-limit counters. */
export class IntakeAndAssessments1764244800000 implements MigrationInterface {
  name = 'IntakeAndAssessments1764244800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "invitation_id" uuid, "variant" text NOT NULL, "instrument_id" text NOT NULL, "instrument_version" integer NOT NULL, "entered_by" text NOT NULL, "entered_by_practitioner_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answers" jsonb NOT NULL, "algorithm_version" text NOT NULL, "domain_scores" jsonb NOT NULL, "pain" jsonb NOT NULL, "red_flags" jsonb NOT NULL, "ranking" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assessments_entered_by" CHECK ("entered_by" IN ('client', 'practitioner')), CONSTRAINT "pk_assessments" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_assessments_invitation" ON "assessments"  ("invitation_id")`,
    );
    await q.query(
      `CREATE INDEX "ix_assessments_client" ON "assessments"  ("client_id", "submitted_at")`,
    );
    await q.query(
      `CREATE TABLE "intake_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "token_hash" text NOT NULL, "variant" text NOT NULL, "instrument_id" text NOT NULL, "instrument_version" integer NOT NULL, "language" text NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "verify_failures" integer NOT NULL DEFAULT '0', "locked_at" TIMESTAMP WITH TIME ZONE, "consent_at" TIMESTAMP WITH TIME ZONE, "consent_privacy_version" text, "draft_answers" jsonb NOT NULL DEFAULT '{}', "draft_step" text, "draft_saved_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "assessment_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_intake_invitations_variant" CHECK ("variant" IN ('baseline', 'follow_up')), CONSTRAINT "pk_intake_invitations" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "ux_intake_invitations_token_hash" ON "intake_invitations"  ("token_hash")`,
    );
    await q.query(
      `CREATE INDEX "ix_intake_invitations_practice_open" ON "intake_invitations"  ("practice_id", "submitted_at", "revoked_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_intake_invitations_client" ON "intake_invitations"  ("client_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "rate_limit_hits" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_rate_limit_hits" PRIMARY KEY ("key", "window_start"))`,
    );
    await q.query(
      `CREATE TABLE "red_flag_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "client_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "flag" jsonb NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_id" uuid, "action" text, "note" text, CONSTRAINT "pk_red_flag_reviews" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "ix_red_flag_reviews_client_open" ON "red_flag_reviews"  ("client_id", "acknowledged_at")`,
    );
    await q.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "intake_invitations" ADD CONSTRAINT "fk_intake_invitations_client" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "red_flag_reviews" ADD CONSTRAINT "fk_red_flag_reviews_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "red_flag_reviews"`);
    await q.query(`DROP TABLE "rate_limit_hits"`);
    await q.query(`DROP TABLE "intake_invitations"`);
    await q.query(`DROP TABLE "assessments"`);
  }
}
