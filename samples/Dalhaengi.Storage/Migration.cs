namespace Dalhaengi.SampleHost.Storage;

/// <summary>One forward step of the schema: applied once, in version order, inside a transaction.</summary>
/// <param name="Version">The schema version this step produces; versions start at 1 and only grow.</param>
/// <param name="Description">What the step does, stored in <c>schema_version</c>.</param>
/// <param name="Sql">The DDL (and data moves) of the step.</param>
internal sealed record Migration(int Version, string Description, string Sql);
