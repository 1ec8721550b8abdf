using System.Text.Json.Nodes;
using Dalhaengi.Core.Access;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Json.Schema;

namespace Dalhaengi.Core.Tests.Schemas;

/// <summary>
/// The JSON Schemas in <c>Data/schemas/</c> (draft 2020-12), checked with JsonSchema.Net: each is a valid schema,
/// ships in the package, and accepts every built-in and example file; and schema and loader agree on a corpus of
/// valid and invalid files (see <c>DataSchemasTests.Corpus.cs</c>).
/// </summary>
public sealed partial class DataSchemasTests
{
    private static readonly string Root = FindRoot();

    public static readonly string[] Formats =
        ["municipality", "partners", "risk-rules", "indicators", "holidays", "emergency-support", "access-policy", "retention",
         "regular-holidays", "statutory-elections", "substitute-rules"];

    // The loaders skip // and /* */ comments and allow trailing commas (the access policy carries comments), so the
    // tests read every file the same way before handing it to the schema validator, which sees only the JSON value.
    private static readonly System.Text.Json.JsonDocumentOptions LoaderOptions = new()
    {
        CommentHandling = System.Text.Json.JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    internal static JsonNode ParseAsLoader(string json) => JsonNode.Parse(json, documentOptions: LoaderOptions)!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dalhaengi.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Dalhaengi.Core.sln) is not above the test's folder.");
    }

    private static string SchemaFile(string format) => $"dalhaengi.{format}-1.schema.json";

    private static string SchemaPath(string format) => Path.Combine(Root, "src", "Dalhaengi.Core", "Data", "schemas", SchemaFile(format));

    // A fresh registry per schema, so the same $id can be built again in another test without a clash.
    internal static JsonSchema Schema(string format) =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath(format)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    internal static EvaluationResults Validate(string format, string json) =>
        Schema(format).Evaluate(System.Text.Json.JsonDocument.Parse(json, LoaderOptions).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>Every data and example file with a <c>$schema</c>, and the format it names.</summary>
    public static TheoryData<string, string> DataFiles()
    {
        var data = new TheoryData<string, string>();
        var folders = new[] { Path.Combine("src", "Dalhaengi.Core", "Data"), "docs", "samples" };
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.json", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/schemas/", StringComparison.Ordinal))
            {
                continue;
            }

            // Settings files (appsettings.json) and the access policy carry comments, as their loaders allow.
            var schema = (string?)ParseAsLoader(File.ReadAllText(file))["$schema"];
            var format = Formats.FirstOrDefault(f => schema is not null && (schema == $"dalhaengi.{f}/1" || schema.EndsWith("/" + SchemaFile(f), StringComparison.Ordinal)));
            if (format is not null)
            {
                data.Add(relative, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void Schema_IsAValidDraft202012Schema(string format)
    {
        var node = JsonNode.Parse(File.ReadAllText(SchemaPath(format)))!;

        var meta = MetaSchemas.Draft202012.Evaluate(System.Text.Json.JsonDocument.Parse(File.ReadAllText(SchemaPath(format))).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(meta.IsValid, Errors(meta));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)node["$schema"]);
        Assert.NotNull(Schema(format));
    }

    public static TheoryData<string> FormatNames() => [.. Formats];

    [Theory]
    [MemberData(nameof(FormatNames))]
    public void Schema_IsEmbeddedInTheLibrary(string format)
    {
        using var stream = typeof(Municipality).Assembly.GetManifestResourceStream("Dalhaengi.Core.Data/schemas/" + SchemaFile(format));

        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        Assert.Equal(File.ReadAllText(SchemaPath(format)), reader.ReadToEnd());
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_IsValidAgainstItsSchema_AndItsSchemaReferenceResolves(string file, string format)
    {
        var path = Path.Combine(Root, file);
        var json = File.ReadAllText(path);

        var results = Validate(format, json);

        Assert.True(results.IsValid, $"{file}:\n{Errors(results)}");
        var reference = (string)ParseAsLoader(json)["$schema"]!;
        Assert.NotEqual($"dalhaengi.{format}/1", reference);
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference))), $"{file}: $schema '{reference}' does not resolve to a file");
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_WithItsSchemaPath_IsReadByItsLoader(string file, string format)
    {
        var json = File.ReadAllText(Path.Combine(Root, file));

        var ex = Record.Exception(() => Load(format, json));

        Assert.Null(ex);
    }

    [Fact]
    public void DataFiles_CoverEveryFormatAndTheExamples()
    {
        var files = DataFiles().Select(row => (string)row[0]).ToList();

        Assert.All(Formats, f => Assert.Contains(DataFiles(), row => (string)row[1] == f));
        Assert.Contains(files, f => f.StartsWith("docs/examples/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("samples/overlays/", StringComparison.Ordinal));
    }

    /// <summary>Parses with the library's own loader for the format; throws what the loader throws.</summary>
    internal static void Load(string format, string json)
    {
        _ = format switch
        {
            "municipality" => (object)MunicipalityJson.Parse(json),
            "partners" => PartnerRosterJson.Parse(json),
            "risk-rules" => RiskRuleSetJson.Parse(json),
            "indicators" => IndicatorCatalogJson.Parse(json, "indicators.json"),
            "holidays" => HolidayDataJson.ParseDays(json),
            "emergency-support" => EmergencySupportThresholdsJson.Parse(json),
            "access-policy" => AccessPolicyJson.Parse(json),
            "retention" => RetentionPolicyJson.Parse(json),
            "regular-holidays" => RegularHolidaysJson.Parse(json, "regular-holidays.json"),
            "statutory-elections" => StatutoryElectionsJson.Parse(json, "statutory-elections.json"),
            "substitute-rules" => SubstituteRulesJson.Parse(json, "substitute-rules.json"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
