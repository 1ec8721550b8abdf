using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// The vector operations the column screen needs, over <typeparamref name="TF"/> lanes of <see langword="float"/>
/// values and <typeparamref name="TI"/> lanes of <see langword="int"/> (masks are -1 or 0 per lane), so the screen
/// is written once and the JIT specialises it for 16 lanes (<see cref="Lanes512"/>), 8 (<see cref="Lanes256"/>) or
/// one (<see cref="Lanes1"/>).
/// </summary>
internal unsafe interface IColumnLanes<TF, TI>
    where TF : struct
    where TI : struct
{
    static abstract int Count { get; }

    static abstract TF LoadFloats(byte* p);

    /// <summary>Bytes widened to <see langword="int"/> lanes.</summary>
    static abstract TI LoadBytes(byte* p);

    /// <summary>16-bit cells widened to <see langword="int"/> lanes.</summary>
    static abstract TI LoadUShorts(byte* p);

    static abstract TI Load(int* p);

    static abstract TI LoadFacts(byte* p, TI mask);

    static abstract void Store(int* p, TI v);

    static abstract TF Splat(float x);

    static abstract TI Splat(int x);

    /// <summary>-1 where low ≤ v ≤ high (never for NaN).</summary>
    static abstract TI InRange(TF v, TF low, TF high);

    /// <summary>-1 where low ≤ v ≤ high.</summary>
    static abstract TI InRange(TI v, TI low, TI high);

    /// <summary>-1 where v ≤ max.</summary>
    static abstract TI AtMost(TI v, TI max);

    static abstract TI And(TI a, TI b);

    static abstract TI Or(TI a, TI b);

    static abstract TI Add(TI a, TI b);

    static abstract TI Max(TI a, TI b);

    /// <summary>-1 where a ≥ b.</summary>
    static abstract TI AtLeast(TI a, TI b);
}

/// <summary>Sixteen households per instruction (AVX-512 or another 512-bit unit).</summary>
internal readonly unsafe struct Lanes512 : IColumnLanes<Vector512<float>, Vector512<int>>
{
    public static int Count => 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> LoadFloats(byte* p) => Vector512.Load((float*)p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> LoadBytes(byte* p) => Avx512F.IsSupported
        ? Avx512F.ConvertToVector512Int32(Vector128.Load(p))
        : Vector512.WidenLower(Vector512.WidenLower(Vector128.Load(p).ToVector256Unsafe().ToVector512Unsafe())).AsInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> LoadUShorts(byte* p) => Avx512F.IsSupported
        ? Avx512F.ConvertToVector512Int32(Vector256.Load((ushort*)p))
        : Vector512.WidenLower(Vector256.Load((ushort*)p).ToVector512Unsafe()).AsInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> Load(int* p) => Vector512.Load(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> LoadFacts(byte* p, Vector512<int> mask) => ~Vector512.Equals(Vector512.Load((int*)p) & mask, Vector512<int>.Zero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(int* p, Vector512<int> v) => v.Store(p);

    public static Vector512<float> Splat(float x) => Vector512.Create(x);

    public static Vector512<int> Splat(int x) => Vector512.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> InRange(Vector512<float> v, Vector512<float> low, Vector512<float> high) =>
        (Vector512.GreaterThanOrEqual(v, low) & Vector512.LessThanOrEqual(v, high)).AsInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> InRange(Vector512<int> v, Vector512<int> low, Vector512<int> high) =>
        Vector512.GreaterThanOrEqual(v, low) & Vector512.LessThanOrEqual(v, high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> AtMost(Vector512<int> v, Vector512<int> max) => Vector512.LessThanOrEqual(v, max);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> And(Vector512<int> a, Vector512<int> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> Or(Vector512<int> a, Vector512<int> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> Add(Vector512<int> a, Vector512<int> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> Max(Vector512<int> a, Vector512<int> b) => Vector512.Max(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<int> AtLeast(Vector512<int> a, Vector512<int> b) => Vector512.GreaterThanOrEqual(a, b);
}

/// <summary>Eight households per instruction (AVX2, or Arm's two 128-bit halves).</summary>
internal readonly unsafe struct Lanes256 : IColumnLanes<Vector256<float>, Vector256<int>>
{
    public static int Count => 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> LoadFloats(byte* p) => Vector256.Load((float*)p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> LoadBytes(byte* p) => Avx2.IsSupported
        ? Avx2.ConvertToVector256Int32(p)
        : Vector256.WidenLower(Vector256.WidenLower(Vector128.CreateScalar(*(ulong*)p).AsByte().ToVector256Unsafe())).AsInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> LoadUShorts(byte* p) => Avx2.IsSupported
        ? Avx2.ConvertToVector256Int32((ushort*)p)
        : Vector256.WidenLower(Vector128.Load((ushort*)p).ToVector256Unsafe()).AsInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Load(int* p) => Vector256.Load(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> LoadFacts(byte* p, Vector256<int> mask) => ~Vector256.Equals(Vector256.Load((int*)p) & mask, Vector256<int>.Zero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(int* p, Vector256<int> v) => v.Store(p);

    public static Vector256<float> Splat(float x) => Vector256.Create(x);

    public static Vector256<int> Splat(int x) => Vector256.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> InRange(Vector256<float> v, Vector256<float> low, Vector256<float> high) =>
        (Vector256.GreaterThanOrEqual(v, low) & Vector256.LessThanOrEqual(v, high)).AsInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> InRange(Vector256<int> v, Vector256<int> low, Vector256<int> high) =>
        Vector256.GreaterThanOrEqual(v, low) & Vector256.LessThanOrEqual(v, high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> AtMost(Vector256<int> v, Vector256<int> max) => Vector256.LessThanOrEqual(v, max);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> And(Vector256<int> a, Vector256<int> b) => a & b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Or(Vector256<int> a, Vector256<int> b) => a | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Add(Vector256<int> a, Vector256<int> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> Max(Vector256<int> a, Vector256<int> b) => Vector256.Max(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<int> AtLeast(Vector256<int> a, Vector256<int> b) => Vector256.GreaterThanOrEqual(a, b);
}

/// <summary>One household at a time, for processors without a 256-bit vector unit; the same arithmetic, still without a branch per rule.</summary>
internal readonly unsafe struct Lanes1 : IColumnLanes<float, int>
{
    public static int Count => 1;

    public static float LoadFloats(byte* p) => *(float*)p;

    public static int LoadBytes(byte* p) => *p;

    public static int LoadUShorts(byte* p) => *(ushort*)p;

    public static int Load(int* p) => *p;

    public static int LoadFacts(byte* p, int mask) => Mask((*(int*)p & mask) != 0);

    public static void Store(int* p, int v) => *p = v;

    public static float Splat(float x) => x;

    public static int Splat(int x) => x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int InRange(float v, float low, float high) => Mask((v >= low) & (v <= high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int InRange(int v, int low, int high) => Mask((v >= low) & (v <= high));

    public static int AtMost(int v, int max) => Mask(v <= max);

    public static int And(int a, int b) => a & b;

    public static int Or(int a, int b) => a | b;

    public static int Add(int a, int b) => unchecked(a + b);

    public static int Max(int a, int b) => Math.Max(a, b);

    public static int AtLeast(int a, int b) => Mask(a >= b);

    // Non-short-circuit tests and a bool turned into -1 or 0 without a branch: values are random, so a branch per
    // test would be mispredicted about half the time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Mask(bool b) => -System.Runtime.CompilerServices.Unsafe.As<bool, byte>(ref b);
}
