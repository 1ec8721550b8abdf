using Ardalis.GuardClauses;
using Dalhaengi.Core.Serialization;

namespace Dalhaengi.Core.Geography;

/// <summary>
/// Reads and writes municipalities as JSON (format <c>dalhaengi.municipality/1</c>).
/// </summary>
/// <remarks>
/// Enum values are kebab-case (<c>village-hall</c>, <c>medium-small-city</c>), dates ISO
/// (<c>2021-10-31</c>), names <c>{"ko": "양평읍", "en": "Yangpyeong-eup"}</c>. Unknown properties
/// are rejected so that a typo is not silently ignored.
/// </remarks>
public static class MunicipalityJson
{
    /// <summary>The schema identifier written to and accepted in <c>$schema</c>.</summary>
    public const string Schema = "dalhaengi.municipality/1";

    /// <summary>Parses a municipality from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated municipality.</returns>
    /// <exception cref="DalhaengiValidationException">
    /// The JSON is malformed or the data is invalid; every problem is listed with its JSON path.
    /// </exception>
    public static Municipality Parse(string json, string source = "municipality.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, MunicipalityJsonContext.Default.MunicipalityDocument, source);
        return FromDocument(doc, source);
    }

    /// <summary>Reads a municipality from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated municipality.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the data is invalid.</exception>
    public static Municipality Load(Stream utf8Json, string source = "municipality.json")
    {
        Guard.Against.Null(utf8Json);
        return Parse(DocumentReader.ReadText(utf8Json, source), source);
    }

    /// <summary>Writes a municipality as indented UTF-8 JSON text.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Municipality municipality)
    {
        Guard.Against.Null(municipality);
        return DocumentWriter.Serialize(ToDocument(municipality), MunicipalityJsonContext.Default.MunicipalityDocument);
    }

    private static Municipality FromDocument(MunicipalityDocument doc, string source)
    {
        var r = new DocumentReader();
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
        }

        var code = r.Id(doc.Code, "$.code");
        var name = r.Name(doc.Name, "$.name");
        var region = r.Enum<RegionType>(doc.RegionType, "$.regionType");

        var boroughs = new List<Borough>();
        for (var i = 0; i < (doc.Boroughs?.Count ?? 0); i++)
        {
            var b = doc.Boroughs![i];
            var p = $"$.boroughs[{i}]";
            if (b is null)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var bc = r.Id(b.Code, p + ".code");
            var bn = r.Name(b.Name, p + ".name");
            if (bc is not null && bn is not null)
            {
                boroughs.Add(new Borough(new BoroughCode(bc), bn.Value));
            }
        }

        var districts = new List<District>();
        if (doc.Districts is null)
        {
            r.Add("$.districts", "is required", "list the municipality's 읍면동");
        }

        for (var i = 0; i < (doc.Districts?.Count ?? 0); i++)
        {
            var d = doc.Districts![i];
            var p = $"$.districts[{i}]";
            if (d is null)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var dc = r.Id(d.Code, p + ".code");
            var dn = r.Name(d.Name, p + ".name");
            var kind = r.Enum<DistrictKind>(d.Kind, p + ".kind");
            var borough = d.Borough is null ? null : r.Id(d.Borough, p + ".borough");
            var asOf = r.Date(d.PopulationAsOf, p + ".populationAsOf", required: false);
            var districtRegion = d.RegionType is null ? null : r.Enum<RegionType>(d.RegionType, p + ".regionType");
            if (d.Population is < 0)
            {
                r.Add(p + ".population", "must not be negative");
            }

            if (d.Households is < 0)
            {
                r.Add(p + ".households", "must not be negative");
            }

            if (dc is not null && dn is not null && kind is not null && !r.HasProblems)
            {
                districts.Add(new District(
                    new DistrictCode(dc), dn.Value, kind.Value,
                    borough is null ? null : new BoroughCode(borough),
                    d.Population, asOf, d.Households).WithRegionType(districtRegion));
            }
        }

        var sites = new List<Site>();
        for (var i = 0; i < (doc.Sites?.Count ?? 0); i++)
        {
            var s = doc.Sites![i];
            var p = $"$.sites[{i}]";
            if (s is null)
            {
                r.Add(p, "must not be null");
                continue;
            }

            var id = r.Id(s.Id, p + ".id");
            var district = r.Id(s.District, p + ".district");
            var sn = r.Name(s.Name, p + ".name");
            var kind = r.Enum<SiteKind>(s.Kind, p + ".kind");
            if (s.Households is < 0)
            {
                r.Add(p + ".households", "must not be negative");
            }

            if (s.ElderlyResidents is < 0)
            {
                r.Add(p + ".elderlyResidents", "must not be negative");
            }

            if (id is not null && district is not null && sn is not null && kind is not null && !r.HasProblems)
            {
                sites.Add(new Site(
                    new SiteId(id), new DistrictCode(district), sn.Value, kind.Value,
                    s.Village, s.Households, s.ElderlyResidents, s.FairDays, s.Sample));
            }
        }

        r.ThrowIfAny(source);
        try
        {
            return new Municipality(new MunicipalityCode(code!), name!.Value, region!.Value, districts, sites, boroughs);
        }
        catch (DalhaengiValidationException ex)
        {
            throw new DalhaengiValidationException(source, ex.Problems);
        }
    }

    private static MunicipalityDocument ToDocument(Municipality m) => new()
    {
        Schema = Schema,
        Code = m.Code.Value,
        Name = ToName(m.Name),
        RegionType = KebabCase.Of(m.RegionType),
        Boroughs = m.Boroughs.Count == 0 ? null : [.. m.Boroughs.Select(b => new BoroughDocument { Code = b.Code.Value, Name = ToName(b.Name) })],
        Districts = [.. m.Districts.Select(d => new DistrictDocument
        {
            Code = d.Code.Value,
            Name = ToName(d.Name),
            Kind = KebabCase.Of(d.Kind),
            Borough = d.Borough?.Value,
            Population = d.Population,
            PopulationAsOf = d.PopulationAsOf is { } date ? DocumentReader.Format(date) : null,
            Households = d.Households,
            RegionType = d.RegionType is { } t ? KebabCase.Of(t) : null,
        })],
        Sites = [.. m.Sites.Select(s => new SiteDocument
        {
            Id = s.Id.Value,
            District = s.District.Value,
            Name = ToName(s.Name),
            Kind = KebabCase.Of(s.Kind),
            Village = s.Village,
            Households = s.Households,
            ElderlyResidents = s.ElderlyResidents,
            FairDays = s.FairDays.Count == 0 ? null : [.. s.FairDays],
            Sample = s.IsSample,
        })],
    };

    private static NameDocument ToName(BilingualName name) => new() { Ko = name.Korean, En = name.HasEnglish ? name.English : null };
}
