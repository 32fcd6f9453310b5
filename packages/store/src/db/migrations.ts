import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";

/** The SQL dialect a migration writes for. */
export type DialectKind = "sqlite" | "postgres";

/**
 * The column type of exact money (元, 2 places): TEXT on SQLite (no float affinity), numeric(20,2)
 * on PostgreSQL. Never REAL / double precision.
 * @example moneyType("postgres") // numeric(20,2)
 */
export function moneyType(kind: DialectKind) {
  return kind === "sqlite" ? sql`text` : sql`numeric(20,2)`;
}

/** The column type of file contents: BLOB on SQLite, bytea on PostgreSQL. */
export function bytesType(kind: DialectKind) {
  return kind === "sqlite" ? sql`blob` : sql`bytea`;
}

/** 0001: every table of the store. better-auth creates its own tables separately. */
function initial(kind: DialectKind): Migration {
  const money = moneyType(kind);
  const bytes = bytesType(kind);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("organisations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("parent_id", "text", (c) => c.references("organisations.id"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("credit_code", "text")
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("organisations_parent")
        .on("organisations")
        .column("parent_id")
        .execute();

      await db.schema
        .createTable("user_roles")
        .addColumn("user_id", "text", (c) => c.primaryKey())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("department_id", "text", (c) => c.references("organisations.id"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("api_tokens")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("department_id", "text", (c) => c.references("organisations.id"))
        .addColumn("owner_user_id", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_used_at", "text")
        .addColumn("revoked_at", "text")
        .execute();

      await db.schema
        .createTable("datasets")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("department_id", "text", (c) => c.notNull().references("organisations.id"))
        .addColumn("fiscal_year", "integer", (c) => c.notNull())
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("return_reason", "text")
        .addColumn("content", "text", (c) => c.notNull())
        .addColumn("department_name", "text", (c) => c.notNull())
        .addColumn("total_budget", money)
        .addColumn("total_actual", money)
        .addColumn("three_public_actual", money)
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("updated_by", "text", (c) => c.notNull())
        .addUniqueConstraint("datasets_department_year_revision", [
          "department_id",
          "fiscal_year",
          "revision",
        ])
        .execute();

      await db.schema
        .createTable("record_versions")
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("entity_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("record_versions_pk", ["entity", "entity_id", "version"])
        .execute();

      await db.schema
        .createTable("frameworks")
        .addColumn("framework_id", "text", (c) => c.notNull())
        .addColumn("framework_version", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("builtin", "integer", (c) => c.notNull())
        .addColumn("content", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("frameworks_pk", ["framework_id", "framework_version"])
        .execute();

      await db.schema
        .createTable("evaluations")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dataset_id", "text", (c) => c.notNull().references("datasets.id"))
        .addColumn("dataset_version", "integer", (c) => c.notNull())
        .addColumn("framework_id", "text", (c) => c.notNull())
        .addColumn("framework_version", "text", (c) => c.notNull())
        .addColumn("manual_kind", "text")
        .addColumn("total_score", "text")
        .addColumn("grade", "text")
        .addColumn("provisional", "integer", (c) => c.notNull())
        .addColumn("errors", "integer", (c) => c.notNull())
        .addColumn("warnings", "integer", (c) => c.notNull())
        .addColumn("infos", "integer", (c) => c.notNull())
        .addColumn("score_sheet", "text", (c) => c.notNull())
        .addColumn("indicators", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addForeignKeyConstraint(
          "evaluations_framework",
          ["framework_id", "framework_version"],
          "frameworks",
          ["framework_id", "framework_version"],
        )
        .execute();
      await db.schema
        .createIndex("evaluations_dataset")
        .on("evaluations")
        .column("dataset_id")
        .execute();

      await db.schema
        .createTable("findings")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("evaluation_id", "text", (c) =>
          c.notNull().references("evaluations.id").onDelete("cascade"),
        )
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("rule_id", "text", (c) => c.notNull())
        .addColumn("severity", "text", (c) => c.notNull())
        .addColumn("message", "text", (c) => c.notNull())
        .addColumn("detail", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("findings_evaluation")
        .on("findings")
        .column("evaluation_id")
        .execute();

      await db.schema
        .createTable("manual_scores")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dataset_id", "text", (c) => c.notNull().references("datasets.id"))
        .addColumn("framework_id", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("score", "text")
        .addColumn("answers", "text")
        .addColumn("category", "text")
        .addColumn("count", "integer")
        .addColumn("evidence", "text", (c) => c.notNull())
        .addColumn("comment", "text")
        .addColumn("evaluator", "text", (c) => c.notNull())
        .addColumn("time", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addUniqueConstraint("manual_scores_node_kind", [
          "dataset_id",
          "framework_id",
          "code",
          "kind",
        ])
        .execute();

      await db.schema
        .createTable("comments")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dataset_id", "text", (c) => c.notNull().references("datasets.id"))
        .addColumn("target", "text")
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("author_id", "text", (c) => c.notNull())
        .addColumn("author_role", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("report_files")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dataset_id", "text", (c) => c.notNull().references("datasets.id"))
        .addColumn("evaluation_id", "text", (c) => c.references("evaluations.id"))
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("sha256", "text", (c) => c.notNull())
        .addColumn("content", bytes, (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("evidence_files")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dataset_id", "text", (c) => c.notNull().references("datasets.id"))
        .addColumn("indicator_key", "text")
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("mime", "text", (c) => c.notNull())
        .addColumn("ext", "text", (c) => c.notNull())
        .addColumn("size", "integer", (c) => c.notNull())
        .addColumn("sha256", "text", (c) => c.notNull())
        .addColumn("description", "text")
        .addColumn("content", bytes, (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("evidence_files_dataset")
        .on("evidence_files")
        .column("dataset_id")
        .execute();

      await db.schema
        .createTable("surveys")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("dataset_id", "text", (c) => c.notNull().references("datasets.id"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("questions", "text", (c) => c.notNull())
        .addColumn("slug", "text", (c) => c.notNull().unique())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("per_device", "integer", (c) => c.notNull())
        .addColumn("period_hours", "integer", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("survey_responses")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("survey_id", "text", (c) => c.notNull().references("surveys.id"))
        .addColumn("device_hash", "text", (c) => c.notNull())
        .addColumn("answers", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("survey_responses_device")
        .on("survey_responses")
        .columns(["survey_id", "device_hash", "created_at"])
        .execute();

      await db.schema
        .createTable("audit_log")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("actor_role", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("entity", "text", (c) => c.notNull())
        .addColumn("entity_id", "text", (c) => c.notNull())
        .addColumn("changes", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("audit_log_entity")
        .on("audit_log")
        .columns(["entity", "entity_id"])
        .execute();

      await db.schema
        .createTable("store_meta")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
  };
}

/**
 * 0002: audit_log.seq, a strictly increasing write order (timestamps of two writes can share a
 * millisecond). PostgreSQL: an identity column filled by the database; SQLite (one writer at a
 * time): max + 1 inside the write's transaction. Existing rows are numbered in (at, id) order.
 */
function auditSequence(kind: DialectKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (kind === "postgres") {
        await sql`alter table audit_log add column seq bigint generated by default as identity`.execute(
          db,
        );
      } else {
        await sql`alter table audit_log add column seq integer`.execute(db);
        await sql`update audit_log set seq = (select count(*) from audit_log a2 where a2.at < audit_log.at or (a2.at = audit_log.at and a2.id <= audit_log.id))`.execute(
          db,
        );
      }
      await db.schema.createIndex("audit_log_seq").on("audit_log").column("seq").execute();
    },
  };
}

/**
 * 0003: survey_responses.network_hash, the salted hash of the network key a caller derives
 * (client address + user agent), so answers from ever-new devices of one network are limited
 * too; indexed like the device hash. Existing answers have none (null).
 */
function surveyNetwork(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`alter table survey_responses add column network_hash text`.execute(db);
      await db.schema
        .createIndex("survey_responses_network")
        .on("survey_responses")
        .columns(["survey_id", "network_hash", "created_at"])
        .execute();
    },
  };
}

/**
 * The in-code migration provider for Kysely's Migrator: migrations by name, applied in name
 * order. Add a migration by adding an entry ("0002_…"); never edit an applied one.
 */
export function migrationProvider(kind: DialectKind): MigrationProvider {
  return {
    async getMigrations() {
      return {
        "0001_initial": initial(kind),
        "0002_audit_sequence": auditSequence(kind),
        "0003_survey_network": surveyNetwork(),
      };
    },
  };
}
