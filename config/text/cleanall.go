package text

import "reflect"

// CleanAll cleans, in place, every exported string that v (a pointer)
// reaches through structs, pointers, slices, arrays, maps' values and
// interfaces. The output edges use it on what they are about to write (the
// minutes' model, a replayed setup and its events), so text recorded by an
// older gyda, or a journal edited by hand, cannot carry an escape sequence
// to a terminal or into a file, whatever field it hides in.
func CleanAll(v any) {
	cleanValue(reflect.ValueOf(v), 0)
}

// maxWalk bounds how deep CleanAll follows pointers, so a cycle cannot
// hold it.
const maxWalk = 32

func cleanValue(v reflect.Value, depth int) {
	if depth > maxWalk || !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			e := v.Elem()
			if v.Kind() == reflect.Interface && e.Kind() == reflect.String {
				if s := e.String(); v.CanSet() && Clean(s) != s {
					v.Set(reflect.ValueOf(Clean(s)).Convert(e.Type()))
				}
				return
			}
			cleanValue(e, depth+1)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				cleanValue(v.Field(i), depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return // bytes, not text
		}
		for i := 0; i < v.Len(); i++ {
			cleanValue(v.Index(i), depth+1)
		}
	case reflect.Map:
		if v.Type().Elem().Kind() != reflect.String && v.Type().Elem().Kind() != reflect.Slice {
			return
		}
		iter := v.MapRange()
		for iter.Next() {
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(iter.Value())
			cleanValue(val, depth+1)
			v.SetMapIndex(iter.Key(), val)
		}
	case reflect.String:
		if s := v.String(); v.CanSet() {
			if c := Clean(s); c != s {
				v.SetString(c)
			}
		}
	}
}
