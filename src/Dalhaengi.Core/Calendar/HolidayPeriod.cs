using NodaTime;

namespace Dalhaengi.Core.Calendar;

/// <summary>
/// A span in which a regular holiday was a holiday by law, both ends inclusive. An open start means the holiday was
/// already one before the calendar's first year; an open end means it is in force.
/// </summary>
/// <param name="From">The first day, or <see langword="null"/> for "before the covered years".</param>
/// <param name="Until">The last day, or <see langword="null"/> while in force.</param>
internal readonly record struct HolidayPeriod(LocalDate? From, LocalDate? Until)
{
    /// <summary>Tells whether a day lies in the period.</summary>
    public bool Contains(LocalDate day) => (From is not { } f || day >= f) && (Until is not { } u || day <= u);
}
