using System.Text.Json.Serialization;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Risk;

/// <summary>Reads indicator catalogs (format <c>dalhaengi.indicators/1</c>).</summary>
internal static class IndicatorCatalogJson
{
    internal const string Schema = "dalhaengi.indicators/1";

    internal static IndicatorCatalog Load(string embeddedPath) =>
        Parse(EmbeddedData.ReadText(embeddedPath), "embedded " + embeddedPath);

    internal static IndicatorCatalog Parse(string json, string source)
    {
        var doc = DocumentReader.Deserialize(json, IndicatorCatalogJsonContext.Default.IndicatorCatalogDocument, source);
        var r = new DocumentReader();
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
        }

        var list = new List<IndicatorDefinition>();
        for (var i = 0; i < (doc.Indicators?.Count ?? 0); i++)
        {
            var d = doc.Indicators![i];
            var p = $"$.indicators[{i}]";
            if (d is null)
            {
                r.Add(p, "must be an indicator object, not null");
                continue;
            }

            var code = r.Id(d.Code, p + ".code");
            var name = r.Name(d.Name, p + ".name");
            var kind = r.Enum<IndicatorKind>(d.Kind, p + ".kind");
            var supplier = r.Required(d.Supplier, p + ".supplier");
            var (from, start) = Start(r, d, p);
            var to = r.Date(d.EffectiveTo, p + ".effectiveTo", required: false);
            if (code is not null && name is not null && kind is not null && supplier is not null && from is not null)
            {
                try
                {
                    list.Add(new IndicatorDefinition(new IndicatorCode(code), name.Value, kind.Value, d.Unit ?? "", supplier, from.Value, to, d.Minimum, d.Maximum)
                        .WithStart(start, d.StartNote));
                }
                catch (ArgumentException ex)
                {
                    r.Add(p, ex.Message);
                }
            }
        }

        r.ThrowIfAny(source);
        try
        {
            return new IndicatorCatalog(list);
        }
        catch (DalhaengiValidationException ex)
        {
            throw new DalhaengiValidationException(source, ex.Problems);
        }
    }

    // Exactly one of: effectiveFrom (the start is known), notBefore (only a lower bound is known), startUnknown: true.
    private static (NodaTime.LocalDate? From, IndicatorStartKind Kind) Start(DocumentReader r, IndicatorDocument d, string p)
    {
        var given = (d.EffectiveFrom is null ? 0 : 1) + (d.NotBefore is null ? 0 : 1) + (d.StartUnknown == true ? 1 : 0);
        if (given != 1)
        {
            r.Add(p, given == 0 ? "has no start" : "gives more than one start",
                "give exactly one of 'effectiveFrom' (known), 'notBefore' (only a lower bound is known) or 'startUnknown': true");
            return (null, IndicatorStartKind.Known);
        }

        if (d.StartUnknown == true)
        {
            return (NodaTime.LocalDate.MinIsoValue, IndicatorStartKind.Unknown);
        }

        return d.NotBefore is not null
            ? (r.Date(d.NotBefore, p + ".notBefore", required: true), IndicatorStartKind.NotBefore)
            : (r.Date(d.EffectiveFrom, p + ".effectiveFrom", required: true), IndicatorStartKind.Known);
    }
}

internal sealed class IndicatorCatalogDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public List<IndicatorDocument>? Indicators { get; set; }
}

internal sealed class IndicatorDocument
{
    public string? Code { get; set; }

    public NameDocument? Name { get; set; }

    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public string? Supplier { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? NotBefore { get; set; }

    public bool? StartUnknown { get; set; }

    public string? StartNote { get; set; }

    public string? EffectiveTo { get; set; }

    public double? Minimum { get; set; }

    public double? Maximum { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(IndicatorCatalogDocument))]
internal sealed partial class IndicatorCatalogJsonContext : JsonSerializerContext;
