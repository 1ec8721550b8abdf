using System.Text.Json;
using Dalhaengi.Core.Calendar;
using Dalhaengi.Core.Eligibility;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Internal;
using Dalhaengi.Core.Partners;
using Dalhaengi.Core.Risk;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Cities;

/// <summary>Reads each file of a city folder, keeps going past a bad one, and reports every problem with file and line.</summary>
internal static class CityFolderLoader
{
    internal static CityFolder Load(string directory, IndicatorCatalog catalog)
    {
        var problems = new List<ValidationProblem>();
        if (!Directory.Exists(directory))
        {
            throw new DalhaengiValidationException($"city folder '{directory}'", [new(directory, "the folder does not exist", "create it with `city init DIR`")]);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file is not null && !CityFolder.KnownFiles.Contains(file, StringComparer.Ordinal))
            {
                problems.Add(new(file, "is not a city folder file, so it is not read",
                    Nearest.Hint(file, CityFolder.KnownFiles, "a city folder holds " + string.Join(", ", CityFolder.KnownFiles))));
            }
        }

        var municipalityText = Read(directory, CityFolder.MunicipalityFile, required: true, problems);
        var partnersText = Read(directory, CityFolder.PartnersFile, required: true, problems);
        var rulesText = Read(directory, CityFolder.RulesFile, required: false, problems);
        var holidaysText = Read(directory, CityFolder.HolidaysFile, required: false, problems);
        var supportText = Read(directory, CityFolder.EmergencySupportFile, required: false, problems);

        var municipality = Parse(CityFolder.MunicipalityFile, municipalityText, problems, (t, s) => MunicipalityJson.Parse(t, s));
        var roster = Parse(CityFolder.PartnersFile, partnersText, problems, (t, s) => PartnerRosterJson.Parse(t, s));
        var rules = rulesText is null
            ? BuiltInRuleSets.NationalOutreach
            : Parse(CityFolder.RulesFile, rulesText, problems, (t, s) => new RiskRuleSetRegistry(catalog).Parse(t, s));
        var holidays = holidaysText is null ? [] : Parse(CityFolder.HolidaysFile, holidaysText, problems, (t, s) => HolidayDataJson.ParseDays(t, s));
        var support = supportText is null ? null : Parse(CityFolder.EmergencySupportFile, supportText, problems, (t, s) => EmergencySupportThresholdsJson.Parse(t, s));

        // Cross-file checks run even when municipality.json has a mistake of its own: its districts are then read
        // from the raw document, so one typo there does not hide the roster's problems.
        var districts = municipality is not null ? null : municipalityText is null ? null : RawDistricts(municipalityText);
        if (roster is not null && partnersText is not null && (municipality is not null || districts is not null))
        {
            var lines = JsonLines.Index(partnersText);
            var (partnerIndex, serviceIndex) = Indexes(partnersText);
            var found = municipality is not null
                ? CityConsistency.Check(municipality, roster, catalog)
                : CityConsistency.Check(RawCode(municipalityText!), districts!, roster, catalog);
            foreach (var p in found)
            {
                var path = JsonPath(p.Where, partnerIndex, serviceIndex);
                problems.Add(At(CityFolder.PartnersFile, lines, new(path, p.Message, p.Hint)));
            }
        }

        if (problems.Count > 0)
        {
            throw new DalhaengiValidationException($"city folder '{directory}'", problems);
        }

        return new CityFolder(municipality!, roster!, rules!, holidays!, support);
    }

    private static string? Read(string directory, string file, bool required, List<ValidationProblem> problems)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            if (required)
            {
                problems.Add(new(file, "is missing", "a city folder needs municipality.json and partners.json; `city init DIR` writes both"));
            }

            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return DocumentReader.ReadText(stream, file);
        }
        catch (DalhaengiValidationException ex)
        {
            // Not UTF-8 (a CP949 export): reported with the other files' problems, not instead of them.
            problems.AddRange(ex.Problems.Select(p => new ValidationProblem(file, p.Message, p.Hint)));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(file, $"cannot be read: {ex.Message}"));
            return null;
        }
    }

    private static T? Parse<T>(string file, string? text, List<ValidationProblem> problems, Func<string, string, T> parse)
        where T : class
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return parse(text, file);
        }
        catch (DalhaengiValidationException ex)
        {
            var lines = JsonLines.Index(text);
            problems.AddRange(ex.Problems.Select(p => At(file, lines, p)));
            return null;
        }
    }

    /// <summary>Prefixes a problem's JSON path with its file and line: <c>partners.json:14 $.partners[2].services</c>.</summary>
    private static ValidationProblem At(string file, JsonLines lines, ValidationProblem p)
    {
        if (!p.Path.StartsWith('$'))
        {
            return p with { Path = $"{file} {p.Path}" };
        }

        return lines.LineOf(p.Path) is { } line ? p with { Path = $"{file}:{line} {p.Path}" } : p with { Path = $"{file} {p.Path}" };
    }

    private static string JsonPath(CityConsistency.Location where, Dictionary<string, int> partners, Dictionary<string, int> services)
    {
        if (where.Id.Length == 0)
        {
            return "$.partners";
        }

        var (array, index) = where.IsService ? ("services", services.GetValueOrDefault(where.Id, -1)) : ("partners", partners.GetValueOrDefault(where.Id, -1));
        var path = index < 0 ? $"$.{array}" : $"$.{array}[{index}].{where.Field}";
        return where.Item is { } item && index >= 0 ? $"{path}[{item}]" : path;
    }

    private static List<CityConsistency.DistrictFacts>? RawDistricts(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("districts", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var withSites = new HashSet<string>(StringComparer.Ordinal);
            if (root.TryGetProperty("sites", out var sites) && sites.ValueKind == JsonValueKind.Array)
            {
                foreach (var s in sites.EnumerateArray())
                {
                    if (s.ValueKind == JsonValueKind.Object && s.TryGetProperty("district", out var d) && d.ValueKind == JsonValueKind.String)
                    {
                        withSites.Add(d.GetString()!);
                    }
                }
            }

            return [.. list.EnumerateArray()
                .Where(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String)
                .Select(d => d.GetProperty("code").GetString()!)
                .Select(code => new CityConsistency.DistrictFacts(code, code, withSites.Contains(code)))];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string RawCode(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "the municipality";
    }

    /// <summary>The file position of each partner id and service code: the roster itself is sorted, the file is not.</summary>
    private static (Dictionary<string, int> Partners, Dictionary<string, int> Services) Indexes(string json)
    {
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        var services = new Dictionary<string, int>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        Fill(doc.RootElement, "partners", "id", partners);
        Fill(doc.RootElement, "services", "code", services);
        return (partners, services);
    }

    private static void Fill(JsonElement root, string array, string key, Dictionary<string, int> into)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(array, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(key, out var id) && id.ValueKind == JsonValueKind.String)
            {
                into.TryAdd(id.GetString()!, i);
            }

            i++;
        }
    }
}
