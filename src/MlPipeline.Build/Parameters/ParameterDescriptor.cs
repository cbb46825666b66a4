using System.Reflection;
using MlPipeline.Build.Naming;

namespace MlPipeline.Build.Parameters;

/// <summary>A declared build parameter: a field or property marked with <see cref="ParameterAttribute"/>.</summary>
internal sealed record ParameterDescriptor(string Name, string Description, Type ValueType, bool IsSecret, MemberInfo Member)
{
    /// <summary>The command-line option, e.g. "--num-boost-round".</summary>
    public string Option => "--" + NameStyle.Kebab(Name);

    /// <summary>The environment variable, e.g. "NUM_BOOST_ROUND".</summary>
    public string EnvironmentVariable => NameStyle.UpperSnake(Name);

    /// <summary>The type as a user reads it: "int", "path", "string[]", "enum (Random|Grid)".</summary>
    public string TypeName => ParameterTypes.Describe(ValueType);

    /// <summary>True when the engine assigns the member itself; false when its getter asks for the value.</summary>
    public bool IsAssignable => Member switch
    {
        FieldInfo fieldInfo => !fieldInfo.IsLiteral,
        PropertyInfo property => property.CanWrite || BackingField(property) is not null,
        _ => false,
    };

    public object? Read(object build) => Member switch
    {
        FieldInfo fieldInfo => fieldInfo.GetValue(build),
        PropertyInfo property => property.GetValue(build),
        _ => null,
    };

    public void Assign(object build, object? value)
    {
        switch (Member)
        {
            case FieldInfo fieldInfo:
                fieldInfo.SetValue(build, value);
                break;
            case PropertyInfo { CanWrite: true } property:
                property.SetValue(build, value);
                break;
            case PropertyInfo property:
                BackingField(property)!.SetValue(build, value);
                break;
        }
    }

    private static FieldInfo? BackingField(PropertyInfo property)
        => property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic);
}
