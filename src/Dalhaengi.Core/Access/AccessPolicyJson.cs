using Ardalis.GuardClauses;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Access;

/// <summary>Reads access policies from JSON (format <c>dalhaengi.access-policy/1</c>).</summary>
/// <remarks>
/// Subjects and scopes are kebab-case (<c>household-personal-data</c>, <c>districts</c>), names
/// <c>{"ko": "…", "en": "…"}</c>. Unknown properties are rejected so that a typo is not silently ignored; every
/// problem is reported with its JSON path. See <c>docs/access.md</c>.
/// </remarks>
public static class AccessPolicyJson
{
    /// <summary>The format id accepted in <c>$schema</c>; a path ending in <c>dalhaengi.access-policy-1.schema.json</c> is accepted too.</summary>
    public const string Schema = "dalhaengi.access-policy/1";

    /// <summary>Parses a policy from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the policy is invalid; every problem is listed with its JSON path.</exception>
    public static AccessPolicy Parse(string json, string source = "access-policy.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, AccessJsonContext.Default.AccessPolicyDocument, source);
        return FromDocument(doc, source);
    }

    /// <summary>Reads a policy from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated policy.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the policy is invalid.</exception>
    public static AccessPolicy Load(Stream utf8Json, string source = "access-policy.json")
    {
        Guard.Against.Null(utf8Json);
        return Parse(DocumentReader.ReadText(utf8Json, source), source);
    }

    private static AccessPolicy FromDocument(AccessPolicyDocument doc, string source)
    {
        var r = new DocumentReader();
        // The format id, or a path to its schema file so that an editor validates the file (docs/schemas.md).
        if (doc.Schema is null || !SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"must be '{Schema}' or a path to {SchemaReference.FileName(Schema)}", doc.Schema is null ? "add \"$schema\"" : $"'{doc.Schema}' is not read by this version");
        }

        var id = r.Id(doc.Id, "$.id");
        var version = r.Required(doc.Version, "$.version");
        var purposes = new List<KeyValuePair<AccessPurpose, BilingualName>>();
        if (doc.Purposes is null)
        {
            r.Add("$.purposes", "is required", "list the purposes personal data may be read for");
        }

        for (var i = 0; i < (doc.Purposes?.Count ?? 0); i++)
        {
            var p = doc.Purposes![i];
            var path = $"$.purposes[{i}]";
            if (p is null)
            {
                r.Add(path, "must not be null");
                continue;
            }

            var pid = r.Id(p.Id, path + ".id");
            var name = r.Name(p.Name, path + ".name");
            if (pid is not null && name is not null)
            {
                purposes.Add(new(new AccessPurpose(pid), name.Value));
            }
        }

        var roles = new List<AccessRoleDefinition>();
        if (doc.Roles is null)
        {
            r.Add("$.roles", "is required", "define at least one role");
        }

        for (var i = 0; i < (doc.Roles?.Count ?? 0); i++)
        {
            if (ReadRole(r, doc.Roles![i], $"$.roles[{i}]") is { } role)
            {
                roles.Add(role);
            }
        }

        r.ThrowIfAny(source);
        try
        {
            return new AccessPolicy(id!, version!, purposes, roles);
        }
        catch (DalhaengiValidationException ex)
        {
            throw new DalhaengiValidationException(source, ex.Problems);
        }
    }

    private static AccessRoleDefinition? ReadRole(DocumentReader r, RoleDocument? d, string path)
    {
        if (d is null)
        {
            r.Add(path, "must not be null");
            return null;
        }

        var id = r.Id(d.Id, path + ".id");
        var name = r.Name(d.Name, path + ".name");
        var scope = r.Enum<AccessScope>(d.Scope, path + ".scope");
        var grants = new List<AccessGrant>();
        if (d.Grants is null)
        {
            r.Add(path + ".grants", "is required", "give [] for a role that sees nothing");
        }

        var ok = true;
        for (var j = 0; j < (d.Grants?.Count ?? 0); j++)
        {
            var g = d.Grants![j];
            var gp = $"{path}.grants[{j}]";
            if (g is null)
            {
                r.Add(gp, "must not be null");
                ok = false;
                continue;
            }

            var subject = r.Enum<AccessSubjectKind>(g.Subject, gp + ".subject");
            var purposes = new List<AccessPurpose>();
            for (var k = 0; k < (g.Purposes?.Count ?? 0); k++)
            {
                if (r.Id(g.Purposes![k], $"{gp}.purposes[{k}]") is { } p)
                {
                    purposes.Add(new AccessPurpose(p));
                }
                else
                {
                    ok = false;
                }
            }

            if (subject is { } s)
            {
                grants.Add(new AccessGrant(s, purposes));
            }
            else
            {
                ok = false;
            }
        }

        return id is null || name is null || scope is null || !ok
            ? null
            : new AccessRoleDefinition(new AccessRole(id), name.Value, scope.Value, grants);
    }
}
