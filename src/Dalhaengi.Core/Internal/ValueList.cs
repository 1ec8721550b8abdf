using System.Collections;

namespace Dalhaengi.Core.Internal;

/// <summary>
/// An immutable list with structural equality, so records that expose <see cref="IReadOnlyList{T}"/>
/// compare by content (a round-tripped rule set or municipality equals the original).
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> From(IEnumerable<T>? items) =>
        items is null ? Empty : items is ValueList<T> v ? v : new ValueList<T>([.. items]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
internal static class ValueList
{
    public static ValueList<T> ToValueList<T>(this IEnumerable<T>? items) => ValueList<T>.From(items);
}
