using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using Dalhaengi.Core.Risk;
using Dalhaengi.SampleHost.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Dalhaengi.SampleHost.Tests.Storage;

public sealed class SqliteHouseholdRepositoryTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    /// <summary>Every field set: Korean text (one character outside the BMP), a double that is not a short decimal, every optional field.</summary>
    private static Household Full(string id = "hh-full") => new(
        new HouseholdId(id),
        StorageTestData.Gangsang,
        [new HouseholdMember(MemberRole.Head, 1941, hasChronicIllness: true), new HouseholdMember(MemberRole.Grandchild, 2012, hasDisability: true)],
        HousingType.NonResidential,
        new SiteId("yp-gangsang-31"),
        ContactStatus.Unreachable,
        new Consent(ConsentLevel.Written, new LocalDate(2025, 3, 5)),
        ProgrammeStatus.NearPoor | ProgrammeStatus.UnderCaseManagement,
        [
            new CrisisSignal(new IndicatorCode("arrears.electricity.months"), 3, new LocalDate(2025, 2, 28), SignalSource.NationalRound),
            new CrisisSignal(new IndicatorCode("phq9.total"), 0.1 + 0.2, new LocalDate(2025, 3, 5), SignalSource.SessionScreening, StorageTestData.KoreanNote),
        ],
        contactName: "김민수",
        contactPhone: "010-1234-5678",
        note: "비닐하우스 거주 — 겨울 난방 확인 필요");

    private static Household Minimal(string id, DistrictCode? district = null) =>
        new(new HouseholdId(id), district ?? StorageTestData.Yangpyeong, [new HouseholdMember(MemberRole.Head, 1950)]);

    private static void AssertSame(Household expected, Household? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.District, actual.District);
        Assert.Equal(expected.Site, actual.Site);
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected.Housing, actual.Housing);
        Assert.Equal(expected.Contact, actual.Contact);
        Assert.Equal(expected.Consent, actual.Consent);
        Assert.Equal(expected.Programmes, actual.Programmes);
        Assert.Equal(expected.Signals, actual.Signals);
        Assert.Equal(expected.ContactName, actual.ContactName);
        Assert.Equal(expected.ContactPhone, actual.ContactPhone);
        Assert.Equal(expected.Note, actual.Note);
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public async Task AddRangeAsync_ThenReopen_RoundTripsEveryFieldExactly()
    {
        Household[] households = [Full(), Minimal("hh-min")];
        await new SqliteHouseholdRepository(_db.Database).AddRangeAsync(households);

        var reopened = new SqliteHouseholdRepository(_db.Reopen());

        AssertSame(households[0], await reopened.FindAsync(households[0].Id));
        AssertSame(households[1], await reopened.FindAsync(households[1].Id));
        Assert.Equal(0.1 + 0.2, (await reopened.FindAsync(households[0].Id))!.Signals[1].Value);
        Assert.Null(await reopened.FindAsync(new HouseholdId("hh-none")));
        Assert.Equal(2, await reopened.CountAsync());
    }

    [Fact]
    public async Task ListAsync_OrdersByIdAndFiltersByDistrict()
    {
        var repository = new SqliteHouseholdRepository(_db.Database);
        await repository.AddRangeAsync([Minimal("hh-3"), Full("hh-2"), Minimal("hh-1")]);

        Assert.Equal(["hh-1", "hh-2", "hh-3"], (await repository.ListAsync()).Select(h => h.Id.Value));
        Assert.Equal(["hh-1", "hh-2", "hh-3"], (await repository.ListIdsAsync()).Select(id => id.Value));
        Assert.Equal(["hh-2"], (await repository.ListAsync(StorageTestData.Gangsang)).Select(h => h.Id.Value));
    }

    [Fact]
    public async Task AddRangeAsync_WhenAnIdIsAlreadyStoredPartWay_ThrowsAndLeavesTheDatabaseAsItWas()
    {
        var repository = new SqliteHouseholdRepository(_db.Database);
        await repository.AddRangeAsync([Minimal("hh-0500")]);

        // The first 499 rows are inserted before the primary key refuses the 500th: the transaction must drop them all.
        var batch = Enumerable.Range(1, 1000).Select(i => Minimal($"hh-{i:D4}")).ToList();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.AddRangeAsync(batch));

        Assert.Contains("hh-0500", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, _db.Count("households"));
    }

    [Fact]
    public async Task AddRangeAsync_WithAnIdRepeatedInTheBatch_AddsNothing()
    {
        var repository = new SqliteHouseholdRepository(_db.Database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => repository.AddRangeAsync([Minimal("hh-1"), Minimal("hh-2"), Minimal("hh-1")]));

        Assert.Equal(0, _db.Count("households"));
    }

    [Fact]
    public async Task AddRangeAsync_WhenCancelled_AddsNothing()
    {
        var repository = new SqliteHouseholdRepository(_db.Database);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => repository.AddRangeAsync([Minimal("hh-1")], new CancellationToken(canceled: true)));

        Assert.Equal(0, _db.Count("households"));
    }

    [Fact]
    public async Task UpdateAsync_StoresTheChangedState_AndWhenNotStored_ThrowsKeyNotFound()
    {
        var repository = new SqliteHouseholdRepository(_db.Database);
        var household = Minimal("hh-1");
        await repository.AddRangeAsync([household]);
        var at = Instant.FromUtc(2025, 3, 5, 1, 0);
        household.RecordSignal(new CrisisSignal(new IndicatorCode("utility.water.cutoff"), 1, new LocalDate(2025, 3, 4), SignalSource.PartnerReport, "이장 제보"), at);
        household.RecordConsent(new Consent(ConsentLevel.Verbal, new LocalDate(2025, 3, 5)), at);
        household.ChangeContactStatus(ContactStatus.Moved, at);

        await repository.UpdateAsync(household);

        AssertSame(household, await new SqliteHouseholdRepository(_db.Reopen()).FindAsync(household.Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => repository.UpdateAsync(Minimal("hh-2")));
    }

    [Fact]
    public async Task StoredRow_KeepsDatesAsIsoTextAndEnumsAsNames()
    {
        await new SqliteHouseholdRepository(_db.Database).AddRangeAsync([Full()]);

        using var connection = _db.Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT consent_level, consent_given_on, programmes, housing, signals FROM households;";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("Written", reader.GetString(0));
        Assert.Equal("2025-03-05", reader.GetString(1));
        Assert.Equal("NearPoor|UnderCaseManagement", reader.GetString(2));
        Assert.Equal("NonResidential", reader.GetString(3));
        Assert.Contains("\"observedOn\":\"2025-02-28\"", reader.GetString(4), StringComparison.Ordinal);

        // Korean is stored as UTF-8 text (the emoji outside the BMP is escaped by the encoder, and still round-trips).
        Assert.Contains("장마 호우로 취소", reader.GetString(4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_WhenAStoredEnumNameIsUnknown_ThrowsInvalidData()
    {
        await new SqliteHouseholdRepository(_db.Database).AddRangeAsync([Minimal("hh-1")]);
        using (var connection = _db.Database.Connect())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE households SET housing = 'Castle';";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<InvalidDataException>(() => new SqliteHouseholdRepository(_db.Database).FindAsync(new HouseholdId("hh-1")));
    }

    [Fact]
    public void Migration2_RefusesConsentWithoutItsDate()
    {
        using var connection = _db.Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO households (id, district, housing, contact, consent_level, consent_given_on, programmes, members, signals)
            VALUES ('hh-1', '4183025000', 'Apartment', 'Reachable', 'Written', NULL, 'None', '[]', '[]');
            """;

        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }
}
