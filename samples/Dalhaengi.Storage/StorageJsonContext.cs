using System.Text.Json.Serialization;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>The System.Text.Json source-generated serializers of the stored JSON columns (see <see cref="StorageDocuments"/>).</summary>
[JsonSerializable(typeof(SessionDetailsDocument))]
[JsonSerializable(typeof(SignalDocument[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;

internal sealed record SessionDetailsDocument(
    string Date,
    string Site,
    string District,
    string? PlannedSession,
    string Status,
    string? CancellationReason,
    string[] PartnersPresent,
    int StaffCount,
    int VolunteerCount,
    int ResidentsServed,
    string[] Households,
    ServiceDeliveryDocument[] Services,
    ItemDocument[] Items,
    ScreeningDocument[] Screenings,
    string? Notes);

internal sealed record ServiceDeliveryDocument(string Service, string Partner, int Count);

internal sealed record ItemDocument(string Item, int Count);

internal sealed record ScreeningDocument(string Household, SignalDocument[] Signals);

/// <summary>An observed signal; the value is a JSON number, which System.Text.Json reads back as the same decimal.</summary>
internal sealed record SignalDocument(string Code, decimal Value, string ObservedOn);
