import { attendanceLabels, type Attendance } from '../../shared/model/participants';

/** Attendance groups in the order the minutes print them: present first, absent last. */
export const ATTENDANCE_ORDER = Object.keys(attendanceLabels) as Attendance[];
