// The fonts live in the Qt resource compiled next to this file; a static
// library needs at least one source of its own.
namespace okuw {
int resourcesLinked()
{
    return 1;
}
} // namespace okuw
