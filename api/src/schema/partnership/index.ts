// The partnership noun beyond its base type (../partnership.ts, which other modules import):
// the list with filters, the create/update mutations and the reminder time.
import './list.ts';
import './reminder-time.ts';
import './write.ts';
