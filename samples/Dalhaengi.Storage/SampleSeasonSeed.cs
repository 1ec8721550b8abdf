using Dalhaengi.Core.Geography;
using Dalhaengi.SampleHost.Outreach;

namespace Dalhaengi.SampleHost.Storage;

/// <summary>
/// Seeds a new host database with the sample season, once: the records and the mark that says so are written in one
/// transaction, so a run killed while seeding leaves an empty database that the next run seeds again, and a
/// database the user has worked in is never seeded twice.
/// </summary>
internal static class SampleSeasonSeed
{
    /// <summary>
    /// Seeds the sample season unless the database records it was seeded; returns whether it seeded now. Only for
    /// Yangpyeong: the sample is its 2024 season, at its sites with its partners; a <c>--city</c> starts empty.
    /// </summary>
    public static bool EnsureSeeded(SqliteDatabase database, Municipality municipality) =>
        municipality.Equals(BuiltInMunicipalities.Yangpyeong) && database.InTransaction((c, t) =>
        {
            using (var check = c.CreateCommand())
            {
                check.Transaction = t;
                check.CommandText = "SELECT COUNT(*) FROM store_metadata WHERE key = $key;";
                check.Parameters.AddWithValue("$key", OutreachSchema.SampleSeasonSeededKey);
                if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    return false;
                }
            }

            var (sessions, referrals, cases) = SampleSeason.Generate(municipality);
            new SqliteSessionRecordRepository(database).AddRange(sessions, c, t);
            new SqliteReferralRepository(database).AddRange(referrals, c, t);
            new SqliteCaseRepository(database).AddRange(cases, c, t);
            using var mark = c.CreateCommand();
            mark.Transaction = t;
            mark.CommandText = "INSERT INTO store_metadata (key, value) VALUES ($key, $value);";
            mark.Parameters.AddWithValue("$key", OutreachSchema.SampleSeasonSeededKey);
            mark.Parameters.AddWithValue("$value", $"{SampleSeason.Year} season of {municipality.Code} ({sessions.Count} session records, {referrals.Count} referrals, {cases.Count} cases)");
            mark.ExecuteNonQuery();
            return true;
        });
}
