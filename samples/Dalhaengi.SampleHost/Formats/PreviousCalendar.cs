using System.Globalization;
using Dalhaengi.SampleHost.Infrastructure;
using NodaTime;

namespace Dalhaengi.SampleHost.Formats;

/// <summary>
/// The calendar published before (a <c>plan.ics</c> this host wrote), read with Ical.Net so a new calendar can raise
/// <c>SEQUENCE</c> for what changed and cancel what is gone. RFC 5545 calendar clients apply an update only when its
/// sequence is higher than the one they have.
/// </summary>
internal sealed class PreviousCalendar
{
    private readonly Dictionary<string, Entry> _byUid;

    private PreviousCalendar(Dictionary<string, Entry> byUid) => _byUid = byUid;

    /// <summary>One event of the previous calendar.</summary>
    public sealed record Entry(string Uid, LocalDate Date, int Slot, int Sequence, string Summary, string? Location, string Fingerprint);

    public IEnumerable<Entry> Events => _byUid.Values.OrderBy(e => e.Date).ThenBy(e => e.Slot);

    /// <summary>Reads the file; a file that is not a calendar is bad input naming the file.</summary>
    public static PreviousCalendar Read(string path)
    {
        Ical.Net.Calendar? calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is not IOException and not UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: not an iCalendar file ({ex.Message})");
        }

        var byUid = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var e in calendar?.Events ?? Enumerable.Empty<Ical.Net.CalendarComponents.CalendarEvent>())
        {
            // Only this host's events: {date}.{slot}.{plan}.{code}@dalhaengi.
            var parts = e.Uid?.Split('.', 3);
            if (parts is not [var day, var slotText, _] || !e.Uid!.EndsWith("@dalhaengi", StringComparison.Ordinal)
                || !int.TryParse(slotText, NumberStyles.None, CultureInfo.InvariantCulture, out var slot)
                || NodaTime.Text.LocalDatePattern.Iso.Parse(day) is not { Success: true } date)
            {
                continue;
            }

            byUid[e.Uid] = new Entry(e.Uid, date.Value, slot, e.Sequence, e.Summary ?? string.Empty, e.Location,
                Fingerprint(e.Summary, e.Location, e.Description, e.Status));
        }

        return new PreviousCalendar(byUid);
    }

    /// <summary>Reads the file when it exists (the main job's last <c>plan.ics</c>), or returns null.</summary>
    public static PreviousCalendar? ReadIfExists(string path) => File.Exists(path) ? Read(path) : null;

    /// <summary>What a subscriber sees of an event; DTSTAMP is left out, it changes on every write.</summary>
    public static string Fingerprint(string? summary, string? location, string? description, string? status) =>
        string.Join('\u001f', summary ?? string.Empty, location ?? string.Empty, (description ?? string.Empty).ReplaceLineEndings("\n"), status ?? string.Empty);

    /// <summary>The sequence for an event: 0 when new, the previous one when unchanged, one higher when changed.</summary>
    public int SequenceFor(string uid, string fingerprint) =>
        !_byUid.TryGetValue(uid, out var before) ? 0
        : string.Equals(before.Fingerprint, fingerprint, StringComparison.Ordinal) ? before.Sequence
        : checked(before.Sequence + 1);
}
