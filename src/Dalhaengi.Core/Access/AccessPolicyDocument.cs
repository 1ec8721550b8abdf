using System.Text.Json.Serialization;
using Dalhaengi.Core.Geography;

namespace Dalhaengi.Core.Access;

// The JSON shapes of an access policy and a retention policy. Plain strings for enums so every mistake is reported with its path.
internal sealed class AccessPolicyDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Version { get; set; }

    public List<PurposeDocument?>? Purposes { get; set; }

    public List<RoleDocument?>? Roles { get; set; }
}

internal sealed class PurposeDocument
{
    public string? Id { get; set; }

    public NameDocument? Name { get; set; }
}

internal sealed class RoleDocument
{
    public string? Id { get; set; }

    public NameDocument? Name { get; set; }

    public string? Scope { get; set; }

    public List<GrantDocument?>? Grants { get; set; }
}

internal sealed class GrantDocument
{
    public string? Subject { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Purposes { get; set; }
}

internal sealed class RetentionPolicyDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Version { get; set; }

    public bool Sample { get; set; }

    public string? Note { get; set; }

    public List<RetentionRuleDocument?>? Rules { get; set; }
}

internal sealed class RetentionRuleDocument
{
    public string? Data { get; set; }

    public string? Action { get; set; }

    public string? After { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(AccessPolicyDocument))]
[JsonSerializable(typeof(RetentionPolicyDocument))]
internal sealed partial class AccessJsonContext : JsonSerializerContext;
