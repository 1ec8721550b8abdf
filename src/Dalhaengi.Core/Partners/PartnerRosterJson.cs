using Ardalis.GuardClauses;
using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Serialization;
using NodaTime;

namespace Dalhaengi.Core.Partners;

/// <summary>Reads and writes partner rosters as JSON (format <c>dalhaengi.partners/1</c>).</summary>
/// <remarks>
/// Enum values are kebab-case (<c>county-division</c>, <c>always-present</c>, <c>health-check</c>), weekdays are
/// English names (<c>wednesday</c>), dates ISO (<c>2025-07-28</c>), names <c>{"ko": "…", "en": "…"}</c>.
/// Unknown properties are rejected so that a typo is not silently ignored. See <c>docs/rotation.md</c>.
/// </remarks>
public static class PartnerRosterJson
{
    /// <summary>The schema identifier written to and accepted in <c>$schema</c>.</summary>
    public const string Schema = "dalhaengi.partners/1";

    /// <summary>Parses a roster from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated roster.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the data is invalid; every problem is listed with its JSON path.</exception>
    public static PartnerRoster Parse(string json, string source = "partners.json")
    {
        Guard.Against.Null(json);
        Guard.Against.NullOrWhiteSpace(source);
        var doc = DocumentReader.Deserialize(json, PartnerRosterJsonContext.Default.PartnerRosterDocument, source);
        return FromDocument(doc, source);
    }

    /// <summary>Reads a roster from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="source">The file name or other description of the input, used in error messages.</param>
    /// <returns>The validated roster.</returns>
    /// <exception cref="DalhaengiValidationException">The JSON is malformed or the data is invalid.</exception>
    public static PartnerRoster Load(Stream utf8Json, string source = "partners.json")
    {
        Guard.Against.Null(utf8Json);
        return Parse(DocumentReader.ReadText(utf8Json, source), source);
    }

    /// <summary>Writes a roster as indented UTF-8 JSON text.</summary>
    /// <param name="roster">The roster.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(PartnerRoster roster)
    {
        Guard.Against.Null(roster);
        return DocumentWriter.Serialize(PartnerRosterMapping.ToDocument(roster, Schema), PartnerRosterJsonContext.Default.PartnerRosterDocument);
    }

    private static PartnerRoster FromDocument(PartnerRosterDocument doc, string source)
    {
        var r = new DocumentReader();
        if (!Dalhaengi.Core.Serialization.SchemaReference.Matches(doc.Schema, Schema))
        {
            r.Add("$.$schema", $"unsupported schema '{doc.Schema}'", $"this version reads '{Schema}' or a path to its schema file");
        }

        var services = new List<ServiceDefinition>();
        for (var i = 0; i < (doc.Services?.Count ?? 0); i++)
        {
            if (ReadService(r, doc.Services![i], $"$.services[{i}]") is { } s)
            {
                services.Add(s);
            }
        }

        var partners = new List<PartnerOrganization>();
        if (doc.Partners is null)
        {
            r.Add("$.partners", "is required", "list the partner organizations");
        }

        for (var i = 0; i < (doc.Partners?.Count ?? 0); i++)
        {
            if (ReadPartner(r, doc.Partners![i], $"$.partners[{i}]") is { } p)
            {
                partners.Add(p);
            }
        }

        r.ThrowIfAny(source);
        try
        {
            return new PartnerRoster(services, partners);
        }
        catch (DalhaengiValidationException ex)
        {
            throw new DalhaengiValidationException(source, ex.Problems);
        }
    }

    private static ServiceDefinition? ReadService(DocumentReader r, ServiceDocument? s, string p)
    {
        if (s is null)
        {
            r.Add(p, "must not be null");
            return null;
        }

        var code = r.Id(s.Code, p + ".code");
        var name = r.Name(s.Name, p + ".name");
        var category = r.Enum<ServiceCategory>(s.Category, p + ".category");
        var addresses = Strings(r, s.Addresses, p + ".addresses");
        return code is null || name is null || category is null || addresses is null
            ? null
            : new ServiceDefinition(new ServiceCode(code), name.Value, category.Value, addresses, s.Sample);
    }

    private static PartnerOrganization? ReadPartner(DocumentReader r, PartnerDocument? d, string p)
    {
        if (d is null)
        {
            r.Add(p, "must not be null");
            return null;
        }

        var id = r.Id(d.Id, p + ".id");
        var name = r.Name(d.Name, p + ".name");
        var sector = r.Enum<PartnerSector>(d.Sector, p + ".sector");
        var presence = d.Presence is null ? PartnerPresence.Rotating : r.Enum<PartnerPresence>(d.Presence, p + ".presence");
        var services = Ids(r, d.Services, p + ".services", required: true);
        var districts = Ids(r, d.Districts, p + ".districts", required: false);
        var needs = Strings(r, d.ReferralNeeds, p + ".referralNeeds");
        if (d.StaffPerSession is < 1)
        {
            r.Add(p + ".staffPerSession", "must be at least 1");
        }

        var availability = ReadAvailability(r, d.Availability, p + ".availability");
        if (id is null || name is null || sector is null || presence is null || services is null || districts is null || needs is null || availability is null || d.StaffPerSession is < 1)
        {
            return null;
        }

        return new PartnerOrganization(
            new PartnerId(id), name.Value, sector.Value, services.Select(x => new ServiceCode(x)), d.StaffPerSession ?? 1, presence.Value,
            availability, districts.Select(x => new DistrictCode(x)), d.AcceptsReferrals, needs, d.Sample);
    }

    private static PartnerAvailability? ReadAvailability(DocumentReader r, AvailabilityDocument? a, string p)
    {
        if (a is null)
        {
            return PartnerAvailability.Unlimited;
        }

        var ok = true;
        var weekdays = new List<IsoDayOfWeek>();
        for (var i = 0; i < (a.Weekdays?.Count ?? 0); i++)
        {
            var day = r.Enum<IsoDayOfWeek>(a.Weekdays![i], $"{p}.weekdays[{i}]");
            if (day is null or IsoDayOfWeek.None)
            {
                if (day == IsoDayOfWeek.None)
                {
                    r.Add($"{p}.weekdays[{i}]", "'none' is not a weekday", "use monday … sunday");
                }

                ok = false;
                continue;
            }

            weekdays.Add(day.Value);
        }

        var blackouts = new List<DateInterval>();
        for (var i = 0; i < (a.Blackouts?.Count ?? 0); i++)
        {
            var b = a.Blackouts![i];
            var bp = $"{p}.blackouts[{i}]";
            if (b is null)
            {
                r.Add(bp, "must not be null");
                ok = false;
                continue;
            }

            var start = r.Date(b.Start, bp + ".start", required: true);
            var end = r.Date(b.End, bp + ".end", required: true);
            if (start is null || end is null)
            {
                ok = false;
            }
            else if (end < start)
            {
                r.Add(bp, $"ends ({b.End}) before it starts ({b.Start})");
                ok = false;
            }
            else
            {
                blackouts.Add(new DateInterval(start.Value, end.Value));
            }
        }

        ok &= NotNegative(r, a.MaxSessionsPerSeason, p + ".maxSessionsPerSeason");
        ok &= NotNegative(r, a.MaxSessionsPerMonth, p + ".maxSessionsPerMonth");
        if (a.Teams is < 1)
        {
            r.Add(p + ".teams", "must be at least 1");
            ok = false;
        }

        return ok ? new PartnerAvailability(weekdays, blackouts, a.MaxSessionsPerSeason, a.MaxSessionsPerMonth, a.Teams ?? 1) : null;
    }

    private static bool NotNegative(DocumentReader r, int? value, string path)
    {
        if (value is < 0)
        {
            r.Add(path, "must not be negative");
            return false;
        }

        return true;
    }

    private static List<string>? Strings(DocumentReader r, List<string?>? values, string path)
    {
        var result = new List<string>();
        var ok = true;
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (r.Required(values![i], $"{path}[{i}]") is { } v)
            {
                result.Add(v);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? result : null;
    }

    private static List<string>? Ids(DocumentReader r, List<string?>? values, string path, bool required)
    {
        if (values is null && required)
        {
            r.Add(path, "is required", "list at least the codes of the services it brings, or []");
            return null;
        }

        var result = new List<string>();
        var ok = true;
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (r.Id(values![i], $"{path}[{i}]") is { } v)
            {
                result.Add(v);
            }
            else
            {
                ok = false;
            }
        }

        return ok ? result : null;
    }
}
