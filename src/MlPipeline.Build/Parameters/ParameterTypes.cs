namespace MlPipeline.Build.Parameters;

/// <summary>The parameter types the engine converts, and how they are named to users.</summary>
internal static class ParameterTypes
{
    private static readonly Type[] Scalars = [typeof(string), typeof(int), typeof(long), typeof(double), typeof(bool), typeof(AbsolutePath), typeof(TimeSpan)];

    public static bool IsSupported(Type type)
    {
        var element = ElementType(type);
        return Scalars.Contains(element) || element.IsEnum;
    }

    /// <summary>The scalar type: the element type of an array, the underlying type of a nullable.</summary>
    public static Type ElementType(Type type)
    {
        var scalar = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(scalar) ?? scalar;
    }

    public static string Describe(Type type)
    {
        var element = ElementType(type);
        var name = element.IsEnum
            ? $"{element.Name} ({string.Join("|", Enum.GetNames(element))})"
            : element == typeof(AbsolutePath) ? "path"
            : element == typeof(TimeSpan) ? "duration"
            : element == typeof(string) ? "string"
            : element == typeof(int) ? "int"
            : element == typeof(long) ? "long"
            : element == typeof(double) ? "double"
            : "bool";
        return type.IsArray ? name + "[]" : name;
    }
}
