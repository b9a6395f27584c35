package roster

import "reflect"

// Same reports whether p and q hold the same record, field by field, an
// empty list counting as none: a roster read back from roster.toml has no
// list where one built in a form may have an empty one.
func (p Person) Same(q Person) bool {
	return reflect.DeepEqual(p.withoutEmptyLists(), q.withoutEmptyLists())
}

// withoutEmptyLists is p with each empty list made nil. It goes through
// every field, so a list added to Person later is covered too.
func (p Person) withoutEmptyLists() Person {
	v := reflect.ValueOf(&p).Elem()
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice && f.Len() == 0 {
			f.Set(reflect.Zero(f.Type()))
		}
	}
	return p
}
